package com.allyway;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Allyway: a self-hostable partner portal for allies and referral partners.
 *
 * <p>Styling: Lumo plus Allyway's own stylesheet. The stylesheet's source is {@code frontend/themes/allyway/};
 * the build copies it to the static resources, so dev mode and the production jar serve the same file without a
 * frontend bundle rebuild. The colour scheme follows the operating system until a person picks one.</p>
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("themes/allyway/styles.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@Push
public class AllywayApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(AllywayApplication.class, args);
    }
}
