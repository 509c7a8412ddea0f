package com.allyway.partner;

import com.allyway.shared.EmailAddresses;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Spring Security's view of the accounts: sign-in looks people up here, and the deactivated-account check asks
 * here on every request whether the account is still active. When the password encoding gets stronger, Spring
 * Security re-hashes on the next successful sign-in through {@link #updatePassword}.
 */
@Service
class UserAccountDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserAccountRepository users;

    UserAccountDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByEmail(EmailAddresses.normalize(username)).map(UserAccount::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException("No account for this name"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        UserAccount account = users.findByEmail(EmailAddresses.normalize(user.getUsername()))
                .orElseThrow(() -> new UsernameNotFoundException("No account for this name"));
        account.changePasswordHash(newPasswordHash);
        return users.save(account).toPrincipal();
    }
}
