package org.gridgov.core;

import java.util.List;
import java.util.Optional;

/**
 * The JSON form of a {@link GridFusion} (双格融合方案文件), bound by the strict mapper and turned into a
 * fusion with every fault named by its JSON path.
 */
record FusionFile(String id, String name, Optional<String> description, String fromLayer, String toLayer,
    List<JointJson> joints, List<LinkJson> links) {

  /** One joint as written. */
  record JointJson(String joint, String lead, List<String> assisting, List<String> matterTypes) {}

  /** A grid of the to-layer and the grids of the from-layer it covers. */
  record LinkJson(String to, List<String> from) {}

  static GridFusion toFusion(FusionFile f, GridTree tree, MatterCatalogue catalogue) {
    if (tree == null) {
      throw new MissingValueException("tree");
    }
    require(f.fromLayer, "$.fromLayer");
    require(f.toLayer, "$.toLayer");
    LayerMapping.Builder mapping;
    try {
      mapping = LayerMapping.builder(tree, f.fromLayer, f.toLayer);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("$." + e.field(), e.value(), e.rule());
    }
    List<LinkJson> links = f.links == null ? List.of() : f.links;
    for (int i = 0; i < links.size(); i++) {
      LinkJson l = links.get(i);
      String at = "$.links[" + i + "]";
      GridCode to = GridCode.parse(at + ".to", require(l.to, at + ".to"));
      List<String> from = require(l.from, at + ".from");
      for (int k = 0; k < from.size(); k++) {
        String field = at + ".from[" + k + "]";
        GridCode code = GridCode.parse(field, require(from.get(k), field));
        link(tree, mapping, code, to, field, at + ".to");
      }
    }
    GridFusion.Builder b = new GridFusion.Builder(f.id, f.name, mapping.build(), catalogue, "$.");
    if (f.description != null) {
      f.description.ifPresent(b::description);
    }
    List<JointJson> joints = f.joints == null ? List.of() : f.joints;
    for (int i = 0; i < joints.size(); i++) {
      JointJson j = require(joints.get(i), "$.joints[" + i + "]");
      String at = "$.joints[" + i + "]";
      b.joint(new JointTask(joint(require(j.joint, at + ".joint"), at + ".joint"), require(j.lead, at + ".lead"),
          j.assisting == null ? List.of() : j.assisting, j.matterTypes == null ? List.of() : j.matterTypes));
    }
    return b.build();
  }

  private static void link(GridTree tree, LayerMapping.Builder mapping, GridCode from, GridCode to, String fromField,
      String toField) {
    for (GridCode c : List.of(from, to)) {
      if (!tree.contains(c)) {
        throw new NotFoundException(c == from ? fromField : toField, c.value(), "the grid tree has no grid with this code");
      }
    }
    try {
      mapping.link(from, to);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.field().equals("from") ? fromField : toField, e.value(), e.rule());
    }
  }

  private static Joint joint(String name, String field) {
    for (Joint j : Joint.values()) {
      if (j.name().equals(name)) {
        return j;
      }
    }
    throw new InvalidInputException(field, name, "must be one of the ten joints (十联) " + java.util.Arrays.toString(Joint.values()));
  }

  private static <T> T require(T value, String field) {
    if (value == null) {
      throw new MissingValueException(field);
    }
    return value;
  }
}
