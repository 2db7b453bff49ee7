package dev.omsteps.http;

import dev.omsteps.files.BoundedFile;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.tls.Certificates;
import okhttp3.tls.HandshakeCertificates;

/** The platform's trusted roots plus the CA certificates of a PEM file. */
public final class TrustedCertificates {

    /** The file cannot serve as trusted certificates; the message names the file, never its content. */
    public static final class Unusable extends RuntimeException {

        private final String hint;

        Unusable(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", Pattern.DOTALL);

    private TrustedCertificates() {
    }

    public static HandshakeCertificates platformPlus(Path pemFile) {
        String text;
        try {
            text = BoundedFile.readString(pemFile);
        } catch (BoundedFile.Unreadable e) {
            throw new Unusable(e.getMessage(), "check the path given to --ca-cert: a PEM file of CA certificates");
        }
        HandshakeCertificates.Builder b = new HandshakeCertificates.Builder().addPlatformTrustedCertificates();
        Matcher m = PEM.matcher(text);
        int count = 0;
        while (m.find()) {
            try {
                b.addTrustedCertificate(Certificates.decodeCertificatePem(m.group()));
            } catch (IllegalArgumentException e) {
                throw new Unusable(pemFile + " holds a certificate that cannot be decoded", "give a PEM file of X.509 certificates");
            }
            count++;
        }
        if (count == 0) {
            throw new Unusable(pemFile + " holds no PEM certificate", "give a file with -----BEGIN CERTIFICATE----- blocks");
        }
        return b.build();
    }
}
