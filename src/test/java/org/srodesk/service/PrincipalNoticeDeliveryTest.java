package org.srodesk.service;

import org.srodesk.testing.Actors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.srodesk.testing.TimeOffFixture.SERGEANT;
import static org.srodesk.testing.TimeOffFixture.march;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.timeoff.NoticeStatus;
import org.srodesk.domain.timeoff.PrincipalNotice;
import org.srodesk.export.notice.NoticeComposer;
import org.srodesk.export.notice.NoticeMailer;
import org.srodesk.testing.TimeOffFixture;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.srodesk.testing.Backend;

/** Principal notices really leave: through an in-process SMTP server (GreenMail), or as .eml files. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class PrincipalNoticeDeliveryTest {

    @TempDir
    Path folder;

    private final TimeOffFixture fixture;
    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private PrincipalNoticeService notices;

    PrincipalNoticeDeliveryTest(Backend backend) {
        fixture = new TimeOffFixture(backend);
    }

    @BeforeEach
    void start() {
        smtp.start();
        notices = new PrincipalNoticeService(fixture.database, fixture.settings, new NoticeMailer(), folder, fixture.clock);
    }

    @AfterEach
    void stop() {
        smtp.stop();
        fixture.close();
    }

    private void useSmtp(int port, String user) {
        fixture.settings.save(3, 7, "localhost", port, false, user, "sro-unit@police.test", Actors.ADMIN);
    }

    private PrincipalNotice approveVacation(int first, int last) {
        TimeOffRequest request = fixture.service.request(fixture.vacation(march(first), march(last)), SERGEANT).request();
        return fixture.service.approve(request.id(), request.version(), "Booked long ago", SERGEANT).notice().orElseThrow();
    }

    @Test
    void theNoticeIsSentToThePrincipalWithDatesAndTheCoveringRover() throws Exception {
        useSmtp(smtp.getSmtp().getPort(), "");
        PrincipalNotice notice = approveVacation(5, 6);

        DeliveryResult result = notices.deliver(notice.id(), Actors.SERGEANT);

        assertEquals(DeliveryResult.Outcome.SENT, result.outcome(), result.message());
        assertEquals(NoticeStatus.SENT, result.notice().status());
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage mail = received[0];
        assertEquals("ames@school.test", mail.getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals("sro-unit@police.test", mail.getFrom()[0].toString());
        assertTrue(mail.getSubject().startsWith("SRO absence at Central High: Ofc. Pat Lee"), mail.getSubject());
        String text = new String(mail.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("from Thursday 5 March 2026 to Friday 6 March 2026"), text);
        assertTrue(text.contains("Thu 5 Mar: rover Ofc. Ana Diaz, phone 651-555-0202"), text);
        assertTrue(text.contains("Sgt. Olson, phone 651-555-0199, e-mail olson@police.test"), text);
        assertTrue(notices.pending().isEmpty());
    }

    @Test
    void withNoRoverFreeTheNoticeSaysCall911() throws Exception {
        fixture.leaveOneRover();
        useSmtp(smtp.getSmtp().getPort(), "");
        PrincipalNotice notice = approveVacation(5, 5);

        assertEquals(DeliveryResult.Outcome.SENT, notices.deliver(notice.id(), Actors.SERGEANT).outcome());

        String text = new String(smtp.getReceivedMessages()[0].getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("Thu 5 Mar: " + NoticeComposer.CALL_911), text);
    }

    @Test
    void aFailedSendIsQueuedAndRetried() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        useSmtp(closedPort, "");
        PrincipalNotice notice = approveVacation(5, 6);

        DeliveryResult failed = notices.deliver(notice.id(), Actors.SERGEANT);

        assertEquals(DeliveryResult.Outcome.FAILED, failed.outcome());
        assertEquals(NoticeStatus.FAILED, failed.notice().status());
        assertEquals(1, failed.notice().attempts());
        assertTrue(failed.message().contains("will be retried"), failed.message());
        assertEquals(1, notices.pending().size(), "still in the outbox");
        assertEquals(TimeOffKind.VACATION, fixture.service.find(notice.requestId()).orElseThrow().kind());
        assertEquals(org.srodesk.domain.TimeOffStatus.APPROVED,
                fixture.service.find(notice.requestId()).orElseThrow().status(), "the decision stands");

        useSmtp(smtp.getSmtp().getPort(), "");
        var retried = notices.retryPending(Actors.SERGEANT);

        assertEquals(1, retried.size());
        assertEquals(DeliveryResult.Outcome.SENT, retried.get(0).outcome());
        assertEquals(2, retried.get(0).notice().attempts());
        assertEquals(1, smtp.getReceivedMessages().length);
        assertTrue(notices.pending().isEmpty());
    }

    @Test
    void aServerWithALoginAsksForThePasswordAndKeepsItOnlyInMemory() throws Exception {
        smtp.setUser("olson@police.test", "olson", "s3cret");
        useSmtp(smtp.getSmtp().getPort(), "olson");
        PrincipalNotice notice = approveVacation(5, 6);

        DeliveryResult waiting = notices.deliver(notice.id(), Actors.SERGEANT);
        assertEquals(DeliveryResult.Outcome.NEEDS_PASSWORD, waiting.outcome());
        assertEquals(NoticeStatus.QUEUED, notices.pending().get(0).status());

        notices.rememberPassword("s3cret".toCharArray());
        assertEquals(DeliveryResult.Outcome.SENT, notices.deliver(notice.id(), Actors.SERGEANT).outcome());
        assertEquals(1, smtp.getReceivedMessages().length);
        String stored = fixture.database.withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM app_setting WHERE setting_value LIKE '%s3cret%'").mapTo(Integer.class).one()).toString();
        assertEquals("0", stored, "the password is never stored");
    }

    @Test
    void withoutAServerTheNoticeIsSavedAsAnEmlFile() throws Exception {
        PrincipalNotice notice = approveVacation(5, 6);

        DeliveryResult saved = notices.deliver(notice.id(), Actors.SERGEANT);

        assertEquals(DeliveryResult.Outcome.SAVED, saved.outcome());
        Path file = Path.of(saved.notice().deliveredTo());
        assertEquals(folder, file.getParent());
        String eml = Files.readString(file);
        assertTrue(eml.contains("To: ames@school.test"), eml);
        assertTrue(eml.contains("X-Unsent: 1"), eml);
        MimeMessage parsed = new MimeMessage(null, Files.newInputStream(file));
        assertTrue(parsed.getSubject().startsWith("SRO absence at Central High"), parsed.getSubject());
        assertTrue(new String(parsed.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("Who covers Central High:"));
        assertEquals(0, smtp.getReceivedMessages().length);
    }
}
