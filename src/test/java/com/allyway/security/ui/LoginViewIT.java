package com.allyway.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.demo.DemoData;
import com.allyway.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

class LoginViewIT extends KaribuTest {

    @Test
    void aFreshLoginPageShowsNoError() {
        navigate("login");

        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void afterAFailedSignInTheMessageIsTheSameWhateverWasWrong() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error"));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        LoginI18n.ErrorMessage message = _get(LoginView.class).shownTexts.getErrorMessage();
        assertThat(message.getTitle()).isEqualTo("Wrong username or password");
    }

    @Test
    void afterTheLockoutTheMessageSaysHowLongSignInIsPaused() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("locked"));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class).shownTexts.getErrorMessage().getTitle()).isEqualTo("Sign-in paused for this account");
        assertThat(_get(LoginView.class).shownTexts.getErrorMessage().getMessage())
                .isEqualTo("After 5 failed attempts, sign-in is paused for 15 minutes. Try again later.");
    }

    @Test
    void inDemoModeThePageListsTheDemoAccountsAndTheirPassword() {
        navigate("login");

        var shown = com.github.mvysny.kaributesting.v10.LocatorJ._find(Code.class).stream().map(Code::getText)
                .toList();
        assertThat(shown).contains(DemoData.PASSWORD, "maya@northwind.example", "founder@allyway.example");
    }
}
