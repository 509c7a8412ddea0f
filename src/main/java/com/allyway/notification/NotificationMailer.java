package com.allyway.notification;

import com.allyway.partner.AccountSummary;
import com.allyway.partner.UserAccountService;
import com.allyway.security.Role;
import com.allyway.security.SystemAuthentication;
import com.allyway.shared.AllywayProperties;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a notification by email to the people of its audience who have not switched that kind off, when SMTP is
 * configured ({@code spring.mail.host}); otherwise it does nothing. Sending happens in the background, so a slow
 * mail server never slows the change that caused it; a failure is logged, the in-portal notification stays.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final UserAccountService accounts;
    private final MongoTemplate mongo;
    private final TaskExecutor background;
    private final String from;
    private final String publicUrl;

    NotificationMailer(ObjectProvider<JavaMailSender> mailSender, UserAccountService accounts, MongoTemplate mongo,
            @Qualifier("applicationTaskExecutor") TaskExecutor background, AllywayProperties properties,
            @Value("${allyway.mail.from:Allyway <no-reply@allyway.local>}") String from) {
        this.mailSender = mailSender;
        this.accounts = accounts;
        this.mongo = mongo;
        this.background = background;
        this.from = from;
        this.publicUrl = properties.publicUrl();
    }

    void send(Notification notification) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return; // no SMTP configured: notifications stay in the portal
        }
        background.execute(() -> SystemAuthentication.runAsSystem(() -> {
            for (AccountSummary person : recipients(notification.getAudience())) {
                if (person.id().equals(notification.getActorId()) || !wantsEmail(person.id(), notification)) {
                    continue;
                }
                SimpleMailMessage mail = new SimpleMailMessage();
                mail.setFrom(from);
                mail.setTo(person.email());
                mail.setSubject("Allyway: " + notification.getText());
                mail.setText("Hello " + person.displayName() + ",\n\n" + notification.getText() + "\n\n"
                        + publicUrl + "/" + notification.getLink() + "\n\n-- \nYou get this email for \""
                        + notification.getKind().label() + "\". Switch it off under the bell in Allyway.\n");
                try {
                    sender.send(mail);
                } catch (MailException failed) {
                    log.warn("Could not email {} about \"{}\": {}", person.email(), notification.getText(),
                            failed.getMessage());
                }
            }
        }));
    }

    private List<AccountSummary> recipients(String audience) {
        String[] parts = audience.split(":", 2);
        return switch (parts[0]) {
            case "user" -> accounts.findActive(parts[1]).stream().toList();
            case "organization" -> accounts.members(parts[1]).stream().filter(AccountSummary::active).toList();
            case "role" -> accounts.withRole(Role.valueOf(parts[1]));
            default -> List.of();
        };
    }

    private boolean wantsEmail(String userId, Notification notification) {
        NotificationPreferences preferences = mongo.findById(userId, NotificationPreferences.class);
        return preferences == null || !preferences.emailOff().contains(notification.getKind());
    }
}
