package dev.messagepolicy.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/**
 * Where one module keeps what the goals read: its base directory, its class output (with the
 * processor's catalog manifest) and its resource directories.
 */
record ModuleLayout(Path basedir, Path classesDirectory, List<Path> resourceDirectories) {

  ModuleLayout {
    basedir = basedir.toAbsolutePath().normalize();
    resourceDirectories = List.copyOf(resourceDirectories);
  }

  static ModuleLayout of(MavenProject project) {
    return of(project.getBasedir().toPath(), Path.of(project.getBuild().getOutputDirectory()), project.getResources());
  }

  static ModuleLayout of(Path basedir, Path classesDirectory, List<Resource> resources) {
    List<Path> directories = new ArrayList<>();
    if (resources != null) {
      for (Resource resource : resources) {
        if (resource.getDirectory() != null) {
          directories.add(basedir.resolve(resource.getDirectory()));
        }
      }
    }
    return new ModuleLayout(basedir, classesDirectory, directories);
  }

  /** Where class templates' body resources are looked up: the resource directories, then the class output. */
  List<Path> resourceRoots() {
    List<Path> roots = new ArrayList<>(resourceDirectories);
    if (classesDirectory != null) {
      roots.add(classesDirectory);
    }
    return roots;
  }

  /** The module's template directories: comma-separated, relative to its base directory. */
  List<Path> templateDirectories(String setting) {
    return CheckSettings.list(setting).stream().map(d -> basedir.resolve(d).normalize()).toList();
  }
}
