/**
 * The knowledge catalogue: every item of the source article with a stable ID, a short title and
 * the article step it comes from. Rules cite these IDs in their {@code @source} metadata.
 */
package dev.mlteams.advisor.knowledge;
