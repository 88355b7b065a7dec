package dev.messagepolicy.maven;

import dev.messagepolicy.engine.source.TemplateSource;
import java.nio.file.Path;

/**
 * A template file found in a template directory.
 *
 * @param file the file on disk
 * @param directory the template directory it was found in (its partials resolve there)
 * @param source the file as the engine sees it; an unreadable file carries a declaration error
 */
record StandaloneTemplate(Path file, Path directory, TemplateSource source) {}
