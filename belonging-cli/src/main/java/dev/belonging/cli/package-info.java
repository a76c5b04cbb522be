/**
 * The {@code belonging} command-line tool: the demo, simulation, reports in JSON and HTML,
 * validation of wire-format documents, instrument lint, coffee-chat pairing rounds and trial
 * evaluation. The only package of belonging allowed to write to the terminal. Not an API: the
 * entry point is {@link dev.belonging.cli.BelongingCli#main(String[])}.
 */
@NullMarked
package dev.belonging.cli;

import org.jspecify.annotations.NullMarked;
