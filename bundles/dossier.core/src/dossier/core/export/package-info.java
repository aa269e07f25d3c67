/**
 * Writing documents out as CSV or JSON, shared by the headless {@code export} command and
 * the workbench's export action. Plain Java: no JSON library is needed.
 *
 * @since 0.1
 */
package dossier.core.export;
