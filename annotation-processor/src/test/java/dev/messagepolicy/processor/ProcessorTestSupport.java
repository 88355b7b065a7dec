package dev.messagepolicy.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Shared helpers: template sources written inline, the compiler with the processor, diagnostics. */
final class ProcessorTestSupport {

  /** The module directory (surefire's working directory): the project base of the resource tests. */
  static final Path MODULE = Path.of("").toAbsolutePath();

  /** Test templates, relative to {@link #MODULE}. */
  static final String TEMPLATES = "src/test/resources/templates";

  private ProcessorTestSupport() {}

  /** A class {@code com.shop.<name>}: the package and imports, then {@code lines}. */
  static JavaFileObject template(String name, String... lines) {
    List<String> all = new ArrayList<>(List.of(
        "package com.shop;",
        "",
        "import dev.messagepolicy.annotations.*;",
        ""));
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("com.shop." + name, all);
  }

  /** The file name findings give for {@link #template} sources. */
  static String fileOf(String name) {
    return "com/shop/" + name + ".java";
  }

  static Compiler javac(String... options) {
    return Compiler.javac().withProcessors(new MessagePolicyProcessor()).withOptions((Object[]) options);
  }

  /** Compiles with the test templates on the templates path and the module as project base. */
  static Compilation compileWithTemplates(JavaFileObject... sources) {
    return javac("-Amessagepolicy.projectBase=" + MODULE, "-Amessagepolicy.templatesPath=" + TEMPLATES)
        .compile(sources);
  }

  /** The messages of all diagnostics that start with {@code [rule]}. */
  static List<String> messagesOf(Compilation compilation, String rule) {
    return compilation.diagnostics().stream()
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.startsWith("[" + rule + "]"))
        .toList();
  }

  /** Asserts that no diagnostic of {@code rule} was printed. */
  static void assertNotReported(Compilation compilation, String rule) {
    assertWithMessage("diagnostics of %s in %s", rule, compilation.diagnostics())
        .that(messagesOf(compilation, rule)).isEmpty();
  }

  /** The only diagnostic of {@code rule}. */
  static Diagnostic<? extends JavaFileObject> onlyDiagnostic(Compilation compilation, String rule) {
    List<Diagnostic<? extends JavaFileObject>> matching = compilation.diagnostics().stream()
        .filter(d -> d.getMessage(Locale.ROOT).startsWith("[" + rule + "]"))
        .toList();
    assertWithMessage("diagnostics of %s in %s", rule, compilation.diagnostics()).that(matching).hasSize(1);
    return matching.get(0);
  }

  /** {@code file:line:column} of the first occurrence of {@code needle} on the source line containing it. */
  static String positionOf(JavaFileObject source, String file, String needle) {
    try {
      String[] lines = source.getCharContent(true).toString().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        int at = lines[i].indexOf(needle);
        if (at >= 0) {
          return file + ":" + (i + 1) + ":" + (at + 1);
        }
      }
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("'" + needle + "' is not in " + file);
  }
}
