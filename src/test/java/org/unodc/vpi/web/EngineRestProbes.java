package org.unodc.vpi.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unodc.vpi.web.MalformedRequests.Probe;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * Broken calls to the engine-rest endpoints Tasklist, Cockpit and API clients use: tasks (list, get,
 * claim, complete, submit-form, deployed form, form variables), starting a VPI, process instances,
 * history and variables; with ids that name nothing, bodies that are not what the engine expects,
 * deep nesting, NUL and lone surrogates, and absurd paging.
 */
final class EngineRestProbes {

  private static final String ROOT = "/engine-rest";
  private static final List<String> BAD_IDS = List.of("abc", "%00", "a%00b", "%ED%A0%80", "%FF", "x".repeat(2000),
      "-1", "null");
  private static final List<String> PAGING = List.of("maxResults=100000000", "maxResults=-1", "maxResults=abc",
      "firstResult=-1", "firstResult=99999999999", "firstResult=2147483647&maxResults=2147483647",
      "sortBy=nonsense&sortOrder=asc", "sortBy=created&sortOrder=sideways", "sortBy=created",
      "maxResults=%31%30%30%30%30%30%30%30%30", "max%52esults=100000000");
  private static final List<String> LISTS = List.of("/task", "/process-instance", "/process-definition",
      "/history/task", "/history/process-instance", "/history/activity-instance", "/history/variable-instance",
      "/variable-instance", "/history/detail", "/deployment", "/filter", "/user", "/group", "/incident", "/job");

  private EngineRestProbes() {}

  static Map<String, List<Probe>> of(String taskId, String instanceId) {
    Map<String, List<Probe>> probes = new LinkedHashMap<>();
    for (String list : LISTS) {
      List<Probe> variants = new ArrayList<>();
      for (String paging : PAGING) {
        variants.add(get(list + "?" + paging));
      }
      variants.add(get(list + "?processInstanceId=%00"));
      variants.add(get(list + "?taskId=%ED%A0%80"));
      variants.add(get(list + "/count?maxResults=100000000"));
      probes.put("GET " + list, variants);
    }
    probes.put("POST /task (query)", bodies("/task?maxResults=100000000", "{\"assignee\":\"demo\"}"));
    probes.put("POST /history/task (query)", bodies("/history/task", "{\"taskAssignee\":\"demo\"}"));
    probes.put("POST /process-instance (query)", bodies("/process-instance", "{\"active\":true}"));
    probes.put("POST /variable-instance (query)", bodies("/variable-instance", "{\"variableName\":\"x\"}"));

    for (String template : List.of("/task/%s", "/task/%s/deployed-form", "/task/%s/form", "/task/%s/form-variables",
        "/task/%s/variables", "/task/%s/variables/x", "/task/%s/comment", "/process-instance/%s",
        "/process-instance/%s/variables", "/process-instance/%s/activity-instances", "/history/process-instance/%s",
        "/process-definition/%s", "/process-definition/%s/startForm", "/process-definition/key/%s/form-variables",
        "/deployment/%s")) {
      List<Probe> variants = new ArrayList<>();
      for (String bad : BAD_IDS) {
        variants.add(get(template.formatted(bad)));
      }
      probes.put("GET " + template.formatted("{id}") + " (unknown id)", variants);
    }
    probes.put("GET /task/{id}/form-variables (bad names)", List.of(
        get("/task/" + taskId + "/form-variables?variableNames=%00"),
        get("/task/" + taskId + "/form-variables?variableNames=" + ",".repeat(2000)),
        get("/task/" + taskId + "/form-variables?deserializeValues=maybe")));
    probes.put("GET /process-instance/{id}/variables (bad flags)", List.of(
        get("/process-instance/" + instanceId + "/variables?deserializeValues=maybe"),
        get("/process-instance/" + instanceId + "/variables/%00")));

    String variables = "{\"variables\":{\"probe\":{\"value\":\"x\",\"type\":\"String\"}}}";
    for (String id : List.of(taskId, "abc", "%00")) {
      probes.put("POST /task/" + id + "/claim", bodies("/task/" + id + "/claim", "{\"userId\":\"coordinator\"}"));
      probes.put("POST /task/" + id + "/complete", variableBodies("/task/" + id + "/complete"));
      probes.put("POST /task/" + id + "/submit-form", variableBodies("/task/" + id + "/submit-form"));
      probes.put("POST /task/" + id + "/variables", modificationBodies("/task/" + id + "/variables"));
      probes.put("PUT /task/" + id + "/variables/probe", putVariableBodies("/task/" + id + "/variables/probe"));
    }
    String start = "/process-definition/key/" + VpiInitiativeProcess.KEY;
    probes.put("POST " + start + "/start", variableBodies(start + "/start"));
    probes.put("POST " + start + "/submit-form", variableBodies(start + "/submit-form"));
    probes.put("POST /process-definition/key/nosuch/start", bodies("/process-definition/key/nosuch/start", variables));
    probes.put("POST /process-instance/{id}/variables", modificationBodies("/process-instance/" + instanceId
        + "/variables"));
    probes.put("PUT /process-instance/{id}/variables/probe", putVariableBodies("/process-instance/" + instanceId
        + "/variables/probe"));
    probes.put("POST /process-instance/{id}/variables/{name}/data", uploads("/process-instance/" + instanceId
        + "/variables/probeFile/data"));
    return probes;
  }

  /** A file variable uploaded as multipart, with a NUL or lone surrogate in its text parts and file name. */
  static List<Probe> uploads(String path) {
    List<Probe> probes = new ArrayList<>();
    for (String[] broken : List.of(new String[] {"File", "a.txt"}, new String[] {"Fi\u0000le", "a.txt"},
        new String[] {"File", "a\u0000.txt"}, new String[] {"File\ud800", "a.txt"})) {
      probes.add(upload("upload valueType " + broken[0].replace("\u0000", "NUL") + ", file " + broken[1]
          .replace("\u0000", "NUL"), path, broken[0], broken[1]));
    }
    return probes;
  }

  static Probe upload(String label, String path, String valueType, String fileName) {
    String body = "--b\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: text/plain\r\n\r\nhello\r\n--b\r\nContent-Disposition: form-data; name=\"valueType\"\r\n"
        + "\r\n" + valueType + "\r\n--b--\r\n";
    return new Probe(label, "POST", ROOT + path, "multipart/form-data; boundary=b",
        body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static Probe get(String path) {
    return Probe.json("GET", "GET", ROOT + path, null);
  }

  private static Probe post(String label, String path, String body) {
    return Probe.json(label, "POST", ROOT + path, body);
  }

  /** The JSON body broken as a whole. */
  private static List<Probe> bodies(String path, String valid) {
    String open = valid.substring(0, valid.lastIndexOf('}'));
    String first = valid.substring(2, valid.indexOf('"', 2));
    String deep = 10_000 + "";
    List<Probe> probes = new ArrayList<>(List.of(
        post("arrays nested " + deep + " deep", path, "[".repeat(10_000) + "]".repeat(10_000)),
        post("objects nested " + deep + " deep", path, "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)),
        post("nested " + deep + " deep in a field", path, open + ",\"deep\":" + "[".repeat(10_000)
            + "]".repeat(10_000) + "}"),
        post("duplicate key", path, open + ",\"" + first + "\":\"x\"}"),
        post("duplicate key, other type", path, open + ",\"" + first + "\":{\"a\":[1]}}"),
        post("NUL", path, "{\"" + first + "\":\"a\\u0000b\"}"),
        post("lone surrogate", path, "{\"" + first + "\":\"a\\ud800b\"}"),
        post("NUL in a key", path, "{\"a\\u0000b\":1}"),
        post("null for the field", path, "{\"" + first + "\":null}"),
        post("[null] for the field", path, "{\"" + first + "\":[null]}"),
        post("object for the field", path, "{\"" + first + "\":{\"a\":1}}"),
        post("huge", path, "{\"" + first + "\":\"" + "x".repeat(20_000) + "\"}"),
        post("JSON null", path, "null"),
        post("JSON list", path, "[]"),
        post("JSON list of null", path, "[null]"),
        post("JSON text", path, "\"x\""),
        post("truncated", path, open),
        post("empty", path, "")));
    probes.add(new Probe("text/plain", "POST", ROOT + path, "text/plain", valid.getBytes()));
    probes.add(new Probe("invalid UTF-8", "POST", ROOT + path, "application/json",
        new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
    probes.add(MalformedRequests.ebcdic("POST", ROOT + path, valid));
    probes.add(new Probe("form-encoded in EBCDIC", "POST", ROOT + path,
        "application/x-www-form-urlencoded;charset=IBM037",
        "a=b\u0000c".getBytes(java.nio.charset.Charset.forName("IBM037"))));
    probes.add(new Probe("multipart without boundary", "POST", ROOT + path, "multipart/form-data",
        "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--\r\n".getBytes()));
    return probes;
  }

  /** Bodies of complete, submit-form and start, broken inside {@code variables}. */
  private static List<Probe> variableBodies(String path) {
    List<Probe> probes = new ArrayList<>(bodies(path, "{\"variables\":{}}"));
    for (String variables : List.of("null", "[null]", "{\"probe\":null}", "{\"probe\":[null]}",
        "{\"probe\":{\"value\":\"a\\u0000b\"}}", "{\"probe\":{\"value\":\"a\\ud800b\"}}",
        "{\"vpiTitle\":{\"value\":\"Title with NUL \\u0000\"}}", "{\"a\\u0000b\":{\"value\":1}}",
        "{\"probe\":{\"value\":1,\"type\":\"NoSuchType\"}}", "{\"probe\":{\"value\":\"x\",\"type\":\"Integer\"}}",
        "{\"probe\":{\"value\":\"x\",\"type\":\"Date\"}}", "{\"probe\":{\"value\":{\"a\":1},\"type\":\"Json\"}}",
        "{\"probe\":{\"value\":\"{\\\"a\\\":\",\"type\":\"Json\"}}",
        "{\"probe\":{\"value\":\"<a>\",\"type\":\"Xml\"}}",
        "{\"probe\":{\"value\":\"x\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"no.Such\","
            + "\"serializationDataFormat\":\"application/json\"}}}",
        "{\"probe\":{\"value\":\"x\",\"valueInfo\":null}}", "{\"probe\":{\"value\":\"x\",\"valueInfo\":[null]}}",
        "{\"probe\":{\"value\":\"" + "x".repeat(20_000) + "\"}}",
        "{\"probe\":{\"value\":\"QUJD\",\"type\":\"Bytes\"}}", "{\"probe\":{\"value\":\"%%%\",\"type\":\"Bytes\"}}",
        "{\"probe\":{\"value\":\"x\",\"type\":\"File\"}}")) {
      probes.add(post("variables " + MalformedRequests.abbreviate(variables, 80), path,
          "{\"variables\":" + variables + "}"));
    }
    probes.add(post("withVariablesInReturn text", path, "{\"variables\":{},\"withVariablesInReturn\":\"maybe\"}"));
    probes.add(post("businessKey NUL", path, "{\"variables\":{},\"businessKey\":\"a\\u0000b\"}"));
    return probes;
  }

  private static List<Probe> modificationBodies(String path) {
    List<Probe> probes = new ArrayList<>(bodies(path, "{\"modifications\":{}}"));
    for (String body : List.of("{\"modifications\":null,\"deletions\":[null]}",
        "{\"modifications\":{\"probe\":null}}", "{\"modifications\":{\"probe\":{\"value\":\"a\\u0000b\"}}}",
        "{\"deletions\":[\"a\\ud800\"]}", "{\"deletions\":\"x\"}")) {
      probes.add(post("modifications " + body, path, body));
    }
    return probes;
  }

  private static List<Probe> putVariableBodies(String path) {
    List<Probe> probes = new ArrayList<>();
    for (String body : List.of("{\"value\":\"a\\u0000b\"}", "{\"value\":\"a\\ud800b\"}", "null", "[null]",
        "{\"value\":1,\"type\":\"NoSuchType\"}", "[".repeat(10_000) + "]".repeat(10_000),
        "{\"value\":1,\"value\":\"x\",\"type\":\"Integer\"}")) {
      probes.add(Probe.json("PUT " + MalformedRequests.abbreviate(body, 60), "PUT", ROOT + path, body));
    }
    return probes;
  }
}
