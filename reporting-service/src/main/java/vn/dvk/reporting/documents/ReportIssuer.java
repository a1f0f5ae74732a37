package vn.dvk.reporting.documents;

/**
 * Who issues a report and how it is signed, as the organisation tree records it for the organisation whose figures
 * it gives (the registry's issuer of an organisation, kept by reporting from the organisation events): the superior
 * organisation, the committee, the code the number line ends with ("Số -BC/ĐUK"; none when not known), the line
 * over the signature, the signer's title and the place of the date line.
 * Where the tree records none, the organisation's own name stands as the committee and the signature is left for
 * the signer to head.
 */
public record ReportIssuer(String superior, String committee, String code, String onBehalfOf, String signerTitle,
        String place) {
}
