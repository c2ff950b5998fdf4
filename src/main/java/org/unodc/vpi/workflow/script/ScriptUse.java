package org.unodc.vpi.workflow.script;

import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A place where a BPMN model would run a script.
 *
 * @param element the element a modeller sees it on (it has the id)
 * @param what what is there, after the id: "is a script task", "has a script in a listener"
 * @param instead what to use instead
 */
record ScriptUse(Element element, String what, String instead) {

  String elementId() {
    return element.attribute("id");
  }

  String describe() {
    return elementId() + " " + what + ": use " + instead + " instead.";
  }
}
