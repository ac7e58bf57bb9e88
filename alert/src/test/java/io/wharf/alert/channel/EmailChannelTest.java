package io.wharf.alert.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real SMTP server (GreenMail) in the test JVM. */
class EmailChannelTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void sendsTheOneLinerAsSubjectWithEvidenceLinksAndKey() throws Exception {
        EmailChannel email = new EmailChannel(new EmailChannel.Settings("127.0.0.1", ServerSetupTest.SMTP.getPort(), false, null, null,
                "wharf@example.com", "analyst@example.com, desk@example.com", Duration.ofSeconds(5)));
        Delivery.Outcome o = new Delivery(new Delivery.Settings(2, Duration.ofMillis(10), Duration.ofMillis(10)))
                .deliver(email, WebhookChannelTest.alert());
        assertThat(o.delivered()).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        System.out.printf("email: %d message(s) received%n", received.length);
        assertThat(received).hasSize(2); // one per recipient
        assertThat(received[0].getSubject()).startsWith("Palo Alto Networks to acquire Twistlock");
        assertThat(received[0].getHeader(WebhookChannel.KEY_HEADER)[0]).endsWith(":v1");
        assertThat(GreenMailUtil.getBody(received[0])).contains("> Palo Alto Networks said").contains("https://example.com/a1");
    }

    @Test
    void aServerThatIsDownFailsAfterItsAttempts() {
        EmailChannel email = new EmailChannel(new EmailChannel.Settings("127.0.0.1", 1, false, null, null, "wharf@example.com",
                "analyst@example.com", Duration.ofSeconds(2)));
        Delivery.Outcome o = new Delivery(new Delivery.Settings(2, Duration.ofMillis(10), Duration.ofMillis(10)))
                .deliver(email, WebhookChannelTest.alert());
        assertThat(o.delivered()).isFalse();
        assertThat(o.error()).startsWith("email: SMTP 127.0.0.1:1").contains("2 attempt");
    }
}
