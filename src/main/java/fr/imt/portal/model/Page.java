package fr.imt.portal.model;


import java.util.List;

/**
 * A prose page written by the portal team (accessibility statement, legal notice…), in both
 * languages: its address segment per language, its title and short description, its Markdown,
 * and the old addresses (site paths such as {@code fr/ancienne-adresse/}) that must keep working;
 * a draft is shown by {@code serve} only.
 */
public record Page(String id, Text slug, Text title, Text description, Text markdown, Translation translation,
                   List<String> aliases, boolean draft) {}
