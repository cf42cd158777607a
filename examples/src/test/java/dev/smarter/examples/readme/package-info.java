/**
 * Every Java code block of the top-level README.md, compiled: {@link
 * dev.smarter.examples.readme.ReadmeSnippets} holds them, word for word, and {@link
 * dev.smarter.examples.readme.ReadmeCodeBlocksTest} fails when a block of the README is not found
 * there, so the README cannot drift from the API.
 */
@NullMarked
package dev.smarter.examples.readme;

import org.jspecify.annotations.NullMarked;
