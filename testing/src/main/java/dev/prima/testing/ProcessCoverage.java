package dev.prima.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Which flow nodes and sequence flows of one process the tests reached.
 *
 * @param processKey the process definition key
 * @param flowNodes every flow node id of the process model (events, tasks, gateways, sub-processes)
 * @param coveredFlowNodes the flow nodes some test reached
 * @param sequenceFlows every sequence flow id of the process model
 * @param coveredSequenceFlows the sequence flows some test took
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ProcessCoverage(
    String processKey,
    Set<String> flowNodes,
    Set<String> coveredFlowNodes,
    Set<String> sequenceFlows,
    Set<String> coveredSequenceFlows) {

  /**
   * Sorts the sets and checks that every covered element belongs to the model.
   *
   * @param processKey the process definition key; not null
   * @param flowNodes every flow node id of the model
   * @param coveredFlowNodes the reached flow nodes; a subset of {@code flowNodes}
   * @param sequenceFlows every sequence flow id of the model
   * @param coveredSequenceFlows the taken sequence flows; a subset of {@code sequenceFlows}
   * @throws IllegalArgumentException if a covered element is not in the model
   */
  public ProcessCoverage {
    Objects.requireNonNull(processKey, "processKey must not be null");
    flowNodes = sorted(flowNodes, "flowNodes");
    coveredFlowNodes = sorted(coveredFlowNodes, "coveredFlowNodes");
    sequenceFlows = sorted(sequenceFlows, "sequenceFlows");
    coveredSequenceFlows = sorted(coveredSequenceFlows, "coveredSequenceFlows");
    requireSubset(coveredFlowNodes, flowNodes, "coveredFlowNodes", processKey);
    requireSubset(coveredSequenceFlows, sequenceFlows, "coveredSequenceFlows", processKey);
  }

  /**
   * Flow nodes and sequence flows together.
   *
   * @return the number of flow nodes and sequence flows
   */
  public int elements() {
    return flowNodes.size() + sequenceFlows.size();
  }

  /**
   * Covered flow nodes and sequence flows together.
   *
   * @return the number of covered flow nodes and sequence flows
   */
  public int coveredElements() {
    return coveredFlowNodes.size() + coveredSequenceFlows.size();
  }

  /**
   * Covered elements over all elements, from 0 to 1; 0 for a model without elements.
   *
   * @return the share of covered elements
   */
  public double ratio() {
    return ratio(coveredElements(), elements());
  }

  /**
   * Covered flow nodes over all flow nodes, from 0 to 1.
   *
   * @return the share of covered flow nodes; 0 for a model without flow nodes
   */
  public double flowNodeRatio() {
    return ratio(coveredFlowNodes.size(), flowNodes.size());
  }

  /**
   * Taken sequence flows over all sequence flows, from 0 to 1.
   *
   * @return the share of taken sequence flows; 0 for a model without sequence flows
   */
  public double sequenceFlowRatio() {
    return ratio(coveredSequenceFlows.size(), sequenceFlows.size());
  }

  /** {@return the flow nodes no test reached, sorted} */
  public SortedSet<String> missedFlowNodes() {
    return missed(flowNodes, coveredFlowNodes);
  }

  /** {@return the sequence flows no test took, sorted} */
  public SortedSet<String> missedSequenceFlows() {
    return missed(sequenceFlows, coveredSequenceFlows);
  }

  /**
   * This coverage together with another of the same process: the union of elements (models of
   * different versions may differ) and of covered elements.
   *
   * @param other coverage of the same process key
   * @return a new coverage; both are left unchanged
   * @throws IllegalArgumentException if {@code other} is about another process
   */
  public ProcessCoverage merge(ProcessCoverage other) {
    Objects.requireNonNull(other, "other must not be null");
    if (!other.processKey.equals(processKey)) {
      throw new IllegalArgumentException(
          "can only merge coverage of process " + processKey + ", but got " + other.processKey);
    }
    return new ProcessCoverage(
        processKey,
        union(flowNodes, other.flowNodes),
        union(coveredFlowNodes, other.coveredFlowNodes),
        union(sequenceFlows, other.sequenceFlows),
        union(coveredSequenceFlows, other.coveredSequenceFlows));
  }

  /** E.g. {@code certificate-application 85.7% (flow nodes 7/7, sequence flows 5/7)}. */
  @Override
  public String toString() {
    return processKey
        + " "
        + percent(ratio())
        + " (flow nodes "
        + coveredFlowNodes.size()
        + "/"
        + flowNodes.size()
        + ", sequence flows "
        + coveredSequenceFlows.size()
        + "/"
        + sequenceFlows.size()
        + ")";
  }

  static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
  }

  static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static SortedSet<String> missed(Set<String> all, Set<String> covered) {
    TreeSet<String> missed = new TreeSet<>(all);
    missed.removeAll(covered);
    return Collections.unmodifiableSortedSet(missed);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> union = new TreeSet<>(a);
    union.addAll(b);
    return union;
  }

  private static Set<String> sorted(Set<String> ids, String name) {
    Objects.requireNonNull(ids, name + " must not be null");
    return Collections.unmodifiableSortedSet(new TreeSet<>(ids));
  }

  private static void requireSubset(
      Set<String> covered, Set<String> all, String name, String processKey) {
    if (!all.containsAll(covered)) {
      Set<String> unknown = new TreeSet<>(covered);
      unknown.removeAll(all);
      throw new IllegalArgumentException(
          name + " must be elements of process " + processKey + ", but " + unknown + " are not");
    }
  }
}
