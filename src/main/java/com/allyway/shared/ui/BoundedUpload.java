package com.allyway.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiFunction;

/**
 * An upload that reads at most {@code maxBytes + 1} bytes on the server, whatever the browser claims, and hands
 * them to {@code check} in the upload's own request (with the uploader's sign-in, without holding the UI's lock).
 * The {@code Runnable} that {@code check} returns shows the outcome and runs with the lock. One byte over the limit
 * is read so that the check itself can name the limit.
 */
public final class BoundedUpload implements UploadHandler {

    private final int maxBytes;
    private final BiFunction<String, byte[], Runnable> check;

    public BoundedUpload(int maxBytes, BiFunction<String, byte[], Runnable> check) {
        this.maxBytes = maxBytes;
        this.check = check;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(maxBytes + 1);
        }
        Runnable show = check.apply(event.getFileName(), bytes);
        ui.access(show::run);
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes + 1L;
    }
}
