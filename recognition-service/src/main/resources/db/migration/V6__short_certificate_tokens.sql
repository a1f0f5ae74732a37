-- A certificate's token was its whole signed content and signature: it grew with the text until a long achievement
-- no longer fitted a QR code. The content now stays with the certificate, exactly as signed (canonical JSON), and
-- the token is the certificate's id and the signature. The signature covers the same bytes as before, so the
-- certificates already issued keep it: their content is moved out of their token, and their token becomes the short
-- one (the long tokens already printed in QR codes still verify: recognition-service reads both forms).
alter table certificate add column signed_content text;

update certificate
   set signed_content = convert_from(decode(rpad(translate(split_part(content, '.', 1), '-_', '+/'),
                                                 (length(split_part(content, '.', 1)) + 3) / 4 * 4, '='),
                                            'base64'), 'UTF8'),
       content = id::text || '.' || signature;

alter table certificate alter column signed_content set not null;
alter table certificate rename column content to token;
