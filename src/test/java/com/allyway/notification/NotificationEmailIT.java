package com.allyway.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.introduction.StatusChangePolicy;
import com.allyway.partner.Organization;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.testing.Fixtures;
import com.allyway.testing.IntegrationTest;
import com.allyway.testing.SignedIn;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Notifications by email through a real SMTP server (GreenMail), and a person's opt-out per kind. */
@IntegrationTest
class NotificationEmailIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    GreenMail smtp;
    @Autowired
    IntroductionService introductions;
    @Autowired
    NotificationService notifications;

    @Test
    void thePartnersPeopleGetAnEmailUnlessTheySwitchedThatKindOff() throws Exception {
        Organization northwind = fixtures.partnerOrganization();
        AllywayUser maya = fixtures.partnerUser(northwind);
        AllywayUser jonas = fixtures.partnerUser(northwind);
        SignedIn.run(jonas, () -> notifications.setEmail(NotificationKind.INTRODUCTION_STATUS, false));
        AllywayUser staff = fixtures.internalUser(Role.STAFF);
        String introduction = fixtures.introduction(northwind, LocalDate.now(ZoneOffset.UTC));

        SignedIn.run(staff, () -> introductions.changeStatus(introduction,
                introductions.find(introduction).orElseThrow().getVersion(),
                new StatusChangePolicy.Request(IntroductionStatus.ACCEPTED, null, null, null)));

        MimeMessage toMaya = awaitMessageTo(maya.email());
        assertThat(toMaya.getSubject()).startsWith("Allyway: ").endsWith(": New → Accepted");
        assertThat((String) toMaya.getContent()).contains("/introduction/" + introduction,
                "Status of an introduction");
        Thread.sleep(500); // the same background run would have written to Jonas by now
        assertThat(messagesTo(jonas.email())).as("switched off").isEmpty();
        assertThat(messagesTo(staff.email())).as("nobody is told of their own action").isEmpty();
    }

    private MimeMessage awaitMessageTo(String address) throws Exception {
        for (int i = 0; i < 100; i++) {
            List<MimeMessage> found = messagesTo(address);
            if (!found.isEmpty()) {
                return found.getFirst();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no email to " + address + " within 10 s");
    }

    private List<MimeMessage> messagesTo(String address) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equalsIgnoreCase(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
