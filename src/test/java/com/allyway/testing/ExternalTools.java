package com.allyway.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Tools nobody here wrote (poppler's pdfsig, pdftotext) that some tests check files with. */
public final class ExternalTools {

    private ExternalTools() {
    }

    /** Skips the calling test, saying what to install, when {@code tool} is not on the PATH. */
    public static void assumeInstalled(String tool) {
        assumeTrue(onPath(tool), tool + " (poppler-utils) is not installed: skipping this check; .ci/run installs it");
    }

    static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, tool)));
    }
}
