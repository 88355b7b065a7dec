package dev.messagepolicy.engine.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version, from the build, as our files state it. */
final class ToolVersion {

  private ToolVersion() {}

  static String read() {
    try (InputStream in = ToolVersion.class.getResourceAsStream("/dev/messagepolicy/engine/version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
