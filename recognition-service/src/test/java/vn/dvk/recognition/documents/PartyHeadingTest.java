package vn.dvk.recognition.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.contracts.vocabulary.OrgRef;

/** The issuing committees derived from the demo tree's names, and Vietnamese dates and numbers. */
class PartyHeadingTest {

    static final OrgPath BLOC_PATH = new OrgPath(new OrgRef("ag", "Tỉnh An Giang"),
            new OrgRef("ag-dukcqdn", "Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh An Giang"),
            new OrgRef("ag-syt", "Đảng bộ Sở Y tế"), new OrgRef("ag-syt-bvdk", "Bệnh viện Đa khoa Trung tâm An Giang"));
    static final OrgPath DISTRICT_PATH = new OrgPath(new OrgRef("ag", "Tỉnh An Giang"),
            new OrgRef("ag-hu-cm", "Đảng bộ huyện Chợ Mới"), new OrgRef("ag-hu-cm-kien-an", "Đảng bộ xã Kiến An"),
            new OrgRef("ag-hu-cm-kien-an-mttq", "Ủy ban MTTQ xã Kiến An"));

    @Test
    void theBlocsStandingCommitteeUnderTheProvincesPartyOrganisation() {
        PartyHeading heading = PartyHeading.of(Level.BLOC, BLOC_PATH);
        assertEquals(List.of("ĐẢNG BỘ TỈNH AN GIANG", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH", "*"),
                heading.issuerLines());
        assertEquals("Ban Thường vụ Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh", heading.decidingBody());
        assertEquals("T/M BAN THƯỜNG VỤ", heading.onBehalfOfLine());
        assertEquals("An Giang", heading.place());
    }

    @Test
    void aDistrictIsLedByItsHuyenUy() {
        PartyHeading heading = PartyHeading.of(Level.BLOC, DISTRICT_PATH);
        assertEquals(List.of("ĐẢNG BỘ TỈNH AN GIANG", "HUYỆN ỦY CHỢ MỚI", "*"), heading.issuerLines());
        assertEquals("Ban Thường vụ Huyện ủy Chợ Mới", heading.decidingBody());
    }

    @Test
    void aBaseCommitteeDecidesAsAWholeUnderItsBloc() {
        PartyHeading heading = PartyHeading.of(Level.BASE, BLOC_PATH);
        assertEquals(List.of("ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH AN GIANG", "ĐẢNG ỦY SỞ Y TẾ", "*"),
                heading.issuerLines());
        assertEquals("Đảng ủy Sở Y tế", heading.decidingBody());
        assertEquals("T/M ĐẢNG ỦY", heading.onBehalfOfLine());
        assertEquals(List.of("ĐẢNG BỘ HUYỆN CHỢ MỚI", "ĐẢNG ỦY XÃ KIẾN AN", "*"),
                PartyHeading.of(Level.BASE, DISTRICT_PATH).issuerLines());
    }

    @Test
    void theProvinceIsTheTinhUyNotThePlace() {
        PartyHeading heading = PartyHeading.of(Level.PROVINCE, BLOC_PATH);
        assertEquals(List.of("TỈNH ỦY AN GIANG", "*"), heading.issuerLines());
        assertEquals("Ban Thường vụ Tỉnh ủy An Giang", heading.decidingBody());
        assertEquals("T/M BAN THƯỜNG VỤ", heading.onBehalfOfLine());
    }

    @Test
    void datesTakeALeadingZeroBelowTenAndInJanuaryAndFebruary() {
        assertEquals("An Giang, ngày 15 tháng 6 năm 2026", VietnameseFormat.placeAndDate("An Giang",
                LocalDate.of(2026, 6, 15)));
        assertEquals("ngày 05 tháng 02 năm 2026", VietnameseFormat.date(LocalDate.of(2026, 2, 5)));
        assertEquals("Ngày 01 tháng 12 năm 2026", VietnameseFormat.placeAndDate(null, LocalDate.of(2026, 12, 1)));
    }

    @Test
    void numbersUseADecimalCommaAndNoTrailingZeros() {
        assertEquals("85", VietnameseFormat.number(new BigDecimal("85.00")));
        assertEquals("85,5", VietnameseFormat.number(new BigDecimal("85.50")));
        assertEquals("72,33", VietnameseFormat.number(new BigDecimal("72.333")));
        assertEquals("100", VietnameseFormat.number(new BigDecimal("1E+2")));
    }
}
