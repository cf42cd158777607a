package dev.smarter.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java code block of README.md is in this package's compiled sources, so none can drift from
 * the API. Blocks are compared without whitespace, since the sources are formatted by
 * google-java-format. A {@code module} block is checked against the module-path consumer check,
 * which compiles it.
 */
class ReadmeCodeBlocksTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Path PROJECT = Path.of("..");
  private static final Path SNIPPETS = Path.of("src/test/java/dev/smarter/examples/readme");
  private static final Path MODULE_CONSUMER =
      PROJECT.resolve("testkit/src/it/jpms-consumer/src/main/java/module-info.java");

  @Test
  void everyJavaBlockOfTheReadmeIsCompiledHere() throws IOException {
    List<String> blocks = javaBlocks(Files.readString(PROJECT.resolve("README.md")));
    String sources = withoutWhitespace(snippetSources());
    String moduleConsumer = withoutWhitespace(Files.readString(MODULE_CONSUMER));

    assertThat(blocks).hasSizeGreaterThan(10);
    for (String block : blocks) {
      if (block.startsWith("module ")) {
        for (String line : block.lines().filter(l -> l.strip().startsWith("requires")).toList()) {
          assertThat(moduleConsumer)
              .as("the module-path consumer compiles: %s", line)
              .contains(withoutWhitespace(line));
        }
      } else {
        assertThat(sources)
            .as("README block not found in %s:%n%s", SNIPPETS, block)
            .contains(withoutWhitespace(block));
      }
    }
  }

  private static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(markdown);
    while (block.find()) {
      blocks.add(block.group(1));
    }
    return blocks;
  }

  private static String snippetSources() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(SNIPPETS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        all.append(Files.readString(file)).append('\n');
      }
    }
    return all.toString();
  }

  private static String withoutWhitespace(String text) {
    return text.replaceAll("\\s+", "");
  }
}
