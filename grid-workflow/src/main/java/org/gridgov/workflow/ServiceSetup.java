package org.gridgov.workflow;

import java.util.Map;
import org.gridgov.core.GridFusion;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.MatterClass;
import org.gridgov.core.NotFoundException;

/**
 * The checks {@link TicketService.Builder#build()} runs on what it was given before it builds
 * anything: every matter class names a registered definition, and the grid fusion, the help policy
 * and the department directory were built on the service's tree and name the catalogue's
 * departments and matter types. A failing check is a typed error and nothing is built.
 */
final class ServiceSetup {
  private ServiceSetup() {}

  /** Checks the builder's parts; {@code fusion}, {@code helpPolicy} and {@code directory} may be absent (null). */
  static void check(GridTree tree, MatterCatalogue catalogue, Map<String, WorkflowDefinition> definitions,
      Map<MatterClass, String> byClass, GridFusion fusion, HelpPolicy helpPolicy, DepartmentDirectory directory) {
    byClass.forEach((k, v) -> {
      if (!definitions.containsKey(v)) {
        throw new NotFoundException("definitionFor." + k, v, "no definition with this id is registered");
      }
    });
    if (fusion != null && (fusion.mapping().fromTree() != tree || fusion.mapping().toTree() != tree)) {
      throw new InvalidInputException("fusion", fusion.id(), "the grid fusion must be built on the service's tree");
    }
    if (fusion != null) {
      fusion.tasks().forEach(t -> {
        catalogue.department(t.lead());
        t.assisting().forEach(catalogue::department);
      });
    }
    if (helpPolicy != null) {
      catalogue.get(helpPolicy.matterType());
      if (!definitions.containsKey(helpPolicy.definition())) {
        throw new NotFoundException("helpPolicy.definition", helpPolicy.definition(), "no definition with this id is registered");
      }
    }
    if (directory != null) {
      if (directory.tree() != tree) {
        throw new InvalidInputException("directory", "tree", "the department directory must be built on the service's tree");
      }
      for (DepartmentUnit u : directory.units()) {
        catalogue.department(u.department());
      }
    }
  }
}
