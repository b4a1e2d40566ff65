package io.github.cowrap.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.plexus.build.DefaultBuildContext;

/** A build context as an IDE's: it records the messages the mojo adds and the files it clears. */
final class RecordingBuildContext extends DefaultBuildContext {

    /** One message, as {@code BuildContext.addMessage} received it. */
    record Message(File file, int line, int column, String message, int severity) {}

    final List<Message> messages = new ArrayList<>();
    final List<File> cleared = new ArrayList<>();

    RecordingBuildContext() {
        super(new org.sonatype.plexus.build.incremental.DefaultBuildContext());
    }

    @Override
    public void addMessage(File file, int line, int column, String message, int severity, Throwable cause) {
        messages.add(new Message(file, line, column, message, severity));
    }

    @Override
    public void removeMessages(File file) {
        cleared.add(file);
    }
}
