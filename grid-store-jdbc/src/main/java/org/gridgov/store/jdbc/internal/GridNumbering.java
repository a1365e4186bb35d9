package org.gridgov.store.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.gridgov.core.ConflictException;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.jdbi.v3.core.Handle;

/**
 * The tree whose preorder numbering the heads' {@code grid_ordinal} holds (网格编号): a subtree is
 * then the interval {@code [ordinal, ordinal + subtreeSize)}, one index range scan. The database
 * records which tree by its fingerprint (SHA-256 of the codes in preorder); a store numbering by
 * another tree is refused until {@link #renumber} moves the database to it.
 */
final class GridNumbering {
  private static final Map<GridTree, String> FINGERPRINTS = new WeakHashMap<>();

  private GridNumbering() {}

  /** The tree's fingerprint, computed once per tree. */
  static String fingerprint(GridTree tree) {
    synchronized (FINGERPRINTS) {
      String known = FINGERPRINTS.get(tree);
      if (known != null) {
        return known;
      }
    }
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    for (GridNode n : tree.nodes()) {
      sha.update(n.code().value().getBytes(StandardCharsets.US_ASCII));
      sha.update((byte) '\n');
    }
    String fp = HexFormat.of().formatHex(sha.digest());
    synchronized (FINGERPRINTS) {
      FINGERPRINTS.put(tree, fp);
    }
    return fp;
  }

  /** The fingerprint the database numbers by, if any. */
  static Optional<String> recorded(Handle h) {
    return h.createQuery("SELECT fingerprint FROM grid_numbering").mapTo(String.class).findOne();
  }

  /**
   * Makes sure the database numbers by {@code tree}: records it when the database numbers by none yet.
   *
   * @throws ConflictException when the database numbers by another tree
   */
  static void adopt(Database db, GridTree tree) {
    String fp = fingerprint(tree);
    db.transaction("numbering", h -> {
      h.execute("LOCK TABLE grid_numbering IN EXCLUSIVE MODE");
      Optional<String> current = recorded(h);
      if (current.isEmpty()) {
        number(h, tree, fp);
      } else if (!current.get().equals(fp)) {
        throw new ConflictException("tree", fp.substring(0, 12), "the database numbers its tickets' grids by another "
            + "tree (" + current.get().substring(0, 12) + "); call JdbcStores.renumber(tree) once to move it to this one");
      }
      return null;
    });
  }

  /** Numbers every open ticket's grid by {@code tree} and records it, in one transaction. */
  static void renumber(Database db, GridTree tree) {
    String fp = fingerprint(tree);
    db.transaction("renumber", h -> {
      h.execute("LOCK TABLE grid_numbering IN EXCLUSIVE MODE");
      number(h, tree, fp);
      return null;
    });
  }

  private static void number(Handle h, GridTree tree, String fp) {
    h.execute("LOCK TABLE ticket_head IN SHARE ROW EXCLUSIVE MODE");
    List<GridNode> nodes = tree.nodes();
    String[] codes = new String[nodes.size()];
    Integer[] ordinals = new Integer[nodes.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = nodes.get(i).code().value();
      ordinals[i] = nodes.get(i).ordinal();
    }
    h.execute("UPDATE ticket_head SET grid_ordinal = NULL WHERE open AND grid_ordinal IS NOT NULL");
    h.createUpdate("UPDATE ticket_head h SET grid_ordinal = m.ordinal FROM unnest(:codes, :ordinals) AS m(code, ordinal) "
        + "WHERE h.open AND h.grid_code = m.code COLLATE \"C\"").bind("codes", codes).bind("ordinals", ordinals).execute();
    h.createUpdate("INSERT INTO grid_numbering (fingerprint, grids, numbered_at) VALUES (:fp, :n, :at) "
        + "ON CONFLICT (singleton) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, grids = EXCLUDED.grids, "
        + "numbered_at = EXCLUDED.numbered_at").bind("fp", fp).bind("n", codes.length)
        .bind("at", Times.stored("numberedAt", Instant.now())).execute();
  }

  /** The ordinal of {@code node}'s tree position, checking that it belongs to {@code tree}'s numbering. */
  static void requireSameNumbering(GridTree tree, GridNode node) {
    if (node.tree() != tree && !fingerprint(node.tree()).equals(fingerprint(tree))) {
      throw new InvalidInputException("under", node.code().value(), "belongs to another tree than the one this store "
          + "numbers grids by; use a node of that tree, or renumber the database");
    }
  }
}
