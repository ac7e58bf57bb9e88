package io.wharf.alert.text;

import io.wharf.alert.state.ConnectionSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the store knows of a deal's reports, for the alert's "3 sources" and links: the articles in deal_articles
 * (those that read the deal as background count too: they are sources) and their URLs from articles, earliest
 * first. The store writes them from wharf.enriched while the alert stage reads wharf.deals, so an alert may come
 * before its article is stored; {@link #evidenceStored} tells the stage to wait a little.
 */
public final class DealReports {
    public record Reports(int sources, List<String> links, boolean evidenceStored) {}

    private final ConnectionSource db;
    private final int maxLinks;

    public DealReports(ConnectionSource db, int maxLinks) {
        this.db = db;
        this.maxLinks = maxLinks;
    }

    public Reports of(String dealId, String evidenceArticleId) throws SQLException {
        try (Connection c = db.connect()) {
            int sources;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM deal_articles WHERE deal_id = ?")) {
                ps.setString(1, dealId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    sources = rs.getInt(1);
                }
            }
            List<String> links = new ArrayList<>();
            boolean evidence = false;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.id, a.canonical_url FROM deal_articles d JOIN articles a ON a.id = d.article_id WHERE d.deal_id = ?
                    ORDER BY a.published_at, a.stored_at, a.id""")) {
                ps.setString(1, dealId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        evidence |= rs.getString(1).equals(evidenceArticleId);
                        if (links.size() < maxLinks) {
                            links.add(rs.getString(2));
                        }
                    }
                }
            }
            return new Reports(Math.max(sources, 1), links, evidence);
        }
    }
}
