package org.kring.render.print;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/** The PDF engine's log, which prints nothing: what matters reaches Kring as diagnostics ({@link PictureTrouble}). */
final class SilentLog implements XRLogger {
    @Override
    public void log(String where, Level level, String msg) {
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
    }

    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return false;
    }
}
