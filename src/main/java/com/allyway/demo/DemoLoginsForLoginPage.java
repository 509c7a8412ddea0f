package com.allyway.demo;

import com.allyway.security.DemoLogins;
import com.allyway.shared.DemoMode;
import java.util.List;
import org.springframework.stereotype.Component;

/** Lists the demo accounts on the login page, only while demo mode is on. */
@Component
class DemoLoginsForLoginPage implements DemoLogins {

    private final DemoMode demoMode;

    DemoLoginsForLoginPage(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @Override
    public String password() {
        return DemoData.PASSWORD;
    }

    @Override
    public List<Login> logins() {
        if (!demoMode.isEnabled()) {
            return List.of();
        }
        return DemoData.ACCOUNTS.stream().map(account -> new Login(account.email(), account.organization() == null
                ? account.rolesLabel() : account.rolesLabel() + " at " + account.organization())).toList();
    }
}
