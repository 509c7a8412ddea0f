package com.allyway.introduction;

import com.allyway.security.AllywayUser;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * The one path by which change notifications reach open screens. This instance's implementation delivers
 * in-process; a deployment with several instances would implement it on a MongoDB change stream over the
 * {@code introductions} and {@code introduction_timeline} collections, so every instance hears every change (see
 * the README). Subscribers only ever hear about records they may see.
 */
public interface IntroductionChanges {

    /**
     * @param viewer whose screen listens: partner users hear only about their own organization's introductions
     */
    Registration subscribe(AllywayUser viewer, Consumer<IntroductionChanged> listener);

    void publish(IntroductionChanged change);
}
