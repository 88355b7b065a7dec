package dev.messagepolicy.runtime;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.MustacheResolver;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.finding.Severity;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The Mustache text of one template class, compiled on first use (once, also when several
 * threads render at the same time) and reused for every message. A generated renderer holds one
 * in a static field.
 *
 * <p>The body resource and partials are read from the class path of the template class, as the
 * build read them from {@code src/main/resources}: a partial resolves beside the file that
 * includes it, and from the class-path root in an inline body.
 *
 * <p>Messages are plain text: {@code {{x}}} writes the value as it is, without HTML escaping
 * (a buyer called O'Brien is not addressed as {@code O&#39;Brien}). Whatever a value carries —
 * markup, a link — is the run-time check's business.
 */
public final class CompiledTemplate {

  /** Subject and body, compiled. */
  private record Compiled(Mustache subject, Mustache body) {}

  private final MessageDefinition definition;
  private final ClassLoader loader;
  private volatile Compiled compiled;

  /**
   * @param definition what the template declares
   * @param templateClass the template class: its class loader finds the resources
   */
  public CompiledTemplate(MessageDefinition definition, Class<?> templateClass) {
    this(definition, loaderOf(Objects.requireNonNull(templateClass, "templateClass")));
  }

  /** A template whose resources come from {@code loader} (tests count what it opens). */
  CompiledTemplate(MessageDefinition definition, ClassLoader loader) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  private static ClassLoader loaderOf(Class<?> type) {
    return type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getSystemClassLoader();
  }

  public MessageDefinition definition() {
    return definition;
  }

  /**
   * Renders the template with {@code model} as its scope and checks the result.
   *
   * @throws MessagePolicyViolation when the check finds an ERROR and {@code check} throws on those
   * @throws IllegalStateException when the body resource or a partial is not on the class path
   */
  public RenderedMessage render(Object model, RuntimeCheck check) {
    Objects.requireNonNull(model, "model");
    Compiled templates = compiled();
    String subject = templates.subject() == null ? "" : execute(templates.subject(), model);
    String body = execute(templates.body(), model);
    List<Finding> findings = check.check(definition, subject, body);
    boolean violated = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    if (violated && check.onViolation() == RuntimeCheck.OnViolation.THROW) {
      throw new MessagePolicyViolation(definition.templateId(), findings);
    }
    return new RenderedMessage(definition.templateId(), subject, body, definition.attachments(),
        definition.reason(), definition.critical(), findings);
  }

  private Compiled compiled() {
    Compiled result = compiled;
    if (result == null) {
      synchronized (this) {
        result = compiled;
        if (result == null) {
          result = compile();
          compiled = result;
        }
      }
    }
    return result;
  }

  private Compiled compile() {
    PlainTextFactory factory = new PlainTextFactory(this::open);
    String name = definition.simpleName();
    try {
      // Inline text gets a name with the .mustache extension, so that {{> messages/x}} finds messages/x.mustache.
      Mustache subject = definition.subject() == null ? null
          : factory.compile(new StringReader(definition.subject()), name + "-subject.mustache");
      Mustache body = definition.body() != null
          ? factory.compile(new StringReader(definition.body()), name + "-body.mustache")
          : factory.compile(stripSlash(definition.bodyResource()));
      return new Compiled(subject, body);
    } catch (MustacheNotFoundException e) {
      throw new IllegalStateException(definition.templateId() + ": a template file is not on the class path ("
          + e.getMessage() + "); the build found it in src/main/resources, is it packaged?", e);
    } catch (MustacheException e) {
      throw new IllegalStateException(definition.templateId() + ": the template cannot be compiled: "
          + e.getMessage(), e);
    }
  }

  private Reader open(String resource) {
    InputStream in = loader.getResourceAsStream(stripSlash(resource));
    return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static String stripSlash(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }

  private static String execute(Mustache mustache, Object model) {
    StringWriter out = new StringWriter();
    mustache.execute(out, model);
    return out.toString();
  }

  /** A Mustache.java factory that reads through our class loader and does not HTML-escape. */
  private static final class PlainTextFactory extends DefaultMustacheFactory {

    PlainTextFactory(MustacheResolver resolver) {
      super(resolver);
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (java.io.IOException e) {
        throw new MustacheException("cannot write the rendered text", e);
      }
    }
  }
}
