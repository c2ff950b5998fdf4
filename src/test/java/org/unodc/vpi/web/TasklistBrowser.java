package org.unodc.vpi.web;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person in Camunda Tasklist: a fresh headless Chromium (own profile, so no session is shared
 * between users), logged in as a demo user. Methods act as a user would, through what is on the
 * screen, and wait explicitly for Tasklist's asynchronous rendering (AngularJS around form-js).
 *
 * <p>The driver and the browser are Debian's ({@code chromium}, {@code chromium-driver}), named by
 * path, so Selenium Manager never looks for (or downloads) anything.
 */
final class TasklistBrowser {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  // Tasklist's own markup (camunda-webapp 7.24) and form-js's.
  private static final By LOGIN_USERNAME = By.cssSelector("form[name=signinForm] input[type=text]");
  private static final By LOGIN_PASSWORD = By.cssSelector("form[name=signinForm] input[type=password]");
  private static final By LOGIN_SUBMIT = By.cssSelector("form[name=signinForm] button[type=submit]");
  private static final By TASK_NAMES_IN_LIST = By.cssSelector(".tasks-list li.task h4.task a");
  private static final By TASK_LIST_STATE = By.cssSelector(
      "section.tasks-list .tasks-list li.task, section.tasks-list .well");
  private static final By OPEN_TASK_NAME = By.cssSelector("section.task-card h2.task");
  private static final By OPEN_TASK_TENANT = By.cssSelector("section.task-card .tenant-id");
  private static final By CLAIM = By.cssSelector("section.task-card button.claim");
  private static final By UNCLAIM = By.cssSelector("section.task-card button.unclaim");
  private static final By COMPLETE = By.cssSelector("section.task-card button.btn-primary[ng-click='complete()']");
  private static final By START_PROCESS = By.cssSelector(".start-process-action a");
  private static final By START_DIALOG = By.cssSelector(".modal-content");
  private static final By START_SUBMIT = By.cssSelector(".modal-content .modal-footer button[type=submit]");
  private static final By FORM = By.cssSelector(".fjs-container");

  final String user;
  private final Path profile;
  private final ChromeDriver driver;
  private final WebDriverWait wait;

  private TasklistBrowser(String user, Path profile, ChromeDriver driver) {
    this.user = user;
    this.profile = profile;
    this.driver = driver;
    this.wait = new WebDriverWait(driver, TIMEOUT);
    wait.ignoring(StaleElementReferenceException.class);
  }

  /** A new browser, with Tasklist open and {@code user} logged in. */
  static TasklistBrowser logIn(String tasklistUrl, String user, String password) throws IOException {
    Path profile = Files.createTempDirectory("tasklist-browser-" + user + "-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,1000", "--lang=en-US", "--user-data-dir=" + profile);
    // The date picker's format and the server's messages follow the browser's language.
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver driver;
    try {
      driver = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      deleteQuietly(profile);
      throw e;
    }
    TasklistBrowser browser = new TasklistBrowser(user, profile, driver);
    try {
      browser.signIn(tasklistUrl, password);
    } catch (RuntimeException | Error e) {
      browser.saveEvidence(Path.of("target", "tasklist-browser"), "login-" + user);
      browser.quit();
      throw e;
    }
    return browser;
  }

  private void signIn(String tasklistUrl, String password) {
    driver.get(tasklistUrl);
    type(LOGIN_USERNAME, user);
    type(LOGIN_PASSWORD, password);
    click(LOGIN_SUBMIT);
    // Logged in: the login form is gone and the filter list names the VPI filter.
    wait.until(ExpectedConditions.invisibilityOfElementLocated(LOGIN_USERNAME));
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//*[contains(@class,'task-filters') or contains(@class,'filters')]"
            + "//*[contains(normalize-space(.),'My VPI tasks')]")));
  }

  // ---- the task list -------------------------------------------------------------------------

  /** The names in the task list of the current filter, once Tasklist has loaded it. */
  List<String> taskNamesInList() {
    wait.until(ExpectedConditions.visibilityOfElementLocated(TASK_LIST_STATE));
    return wait.until(d -> d.findElements(TASK_NAMES_IN_LIST).stream().map(e -> e.getText().trim()).toList());
  }

  /** Waits until the list shows a task of that name (Tasklist refreshes the list by itself). */
  void waitForTaskInList(String taskName) {
    wait.withMessage(() -> user + "'s task list to show \"" + taskName + "\"; it shows " + namesNow())
        .until(d -> namesNow().contains(taskName));
  }

  /** Waits until the list no longer shows a task of that name. */
  void waitForTaskGoneFromList(String taskName) {
    wait.withMessage(() -> user + "'s task list to no longer show \"" + taskName + "\"; it shows " + namesNow())
        .until(d -> d.findElements(TASK_LIST_STATE).stream().anyMatch(WebElement::isDisplayed)
            && !namesNow().contains(taskName));
  }

  private List<String> namesNow() {
    try {
      return driver.findElements(TASK_NAMES_IN_LIST).stream().map(e -> e.getText().trim()).toList();
    } catch (StaleElementReferenceException e) {
      return List.of("(list re-rendering)");
    }
  }

  /** Opens the task of that name from the list and waits for its form. */
  void openTask(String taskName) {
    waitForTaskInList(taskName);
    click(By.xpath("//*[contains(@class,'tasks-list')]//li[contains(@class,'task')]"
        + "//h4[contains(@class,'task')]/a[normalize-space(.)=" + xpathLiteral(taskName) + "]"));
    wait.until(ExpectedConditions.textToBe(OPEN_TASK_NAME, taskName));
    wait.until(ExpectedConditions.visibilityOfElementLocated(FORM));
  }

  /** The country (tenant) Tasklist shows in the header of the open task. */
  String openTaskCountry() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(OPEN_TASK_TENANT)).getText().trim();
  }

  void claimOpenTask() {
    click(CLAIM);
    wait.until(ExpectedConditions.visibilityOfElementLocated(UNCLAIM));
  }

  /** Waits until Tasklist greys out Complete, as it does while the form has an invalid field. */
  void waitForCompleteDisabled() {
    wait.withMessage(() -> "the Complete button to be disabled")
        .until(d -> !d.findElement(COMPLETE).isEnabled());
  }

  /** Clicks Complete and waits until Tasklist has let go of the task (its form is gone). */
  void completeOpenTask() {
    wait.until(ExpectedConditions.elementToBeClickable(COMPLETE));
    click(COMPLETE);
    wait.withMessage(() -> "the task to be completed; the page says: " + visibleAlerts())
        .until(ExpectedConditions.invisibilityOfElementLocated(OPEN_TASK_NAME));
  }

  // ---- starting a process --------------------------------------------------------------------

  /** Opens "Start process", picks the process and waits for its start form. */
  void openStartForm(String processName) {
    click(START_PROCESS);
    wait.until(ExpectedConditions.visibilityOfElementLocated(START_DIALOG));
    click(By.xpath("//div[contains(@class,'modal-content')]//ul[contains(@class,'processes')]"
        + "//a[normalize-space(.)=" + xpathLiteral(processName) + "]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-content .fjs-container")));
  }

  /** Clicks the dialog's Start button and waits for the dialog to close. */
  void submitStartForm() {
    wait.until(ExpectedConditions.elementToBeClickable(START_SUBMIT));
    click(START_SUBMIT);
    wait.withMessage(() -> "the start dialog to close; the page says: " + visibleAlerts())
        .until(ExpectedConditions.invisibilityOfElementLocated(START_DIALOG));
  }

  // ---- form-js fields, found by their label as a user finds them ------------------------------

  /** The form field (label, control, description, errors) with that label. */
  private By field(String label) {
    // A required field's label ends with "*"; the label is compared without it.
    return By.xpath("//div[contains(concat(' ',normalize-space(@class),' '),' fjs-form-field ')]"
        + "[.//*[contains(@class,'fjs-form-field-label')][normalize-space(translate(.,'*',''))="
        + xpathLiteral(label) + "]]");
  }

  boolean fieldVisible(String label) {
    return driver.findElements(field(label)).stream().anyMatch(WebElement::isDisplayed);
  }

  void waitForField(String label) {
    wait.withMessage(() -> "the form field \"" + label + "\"")
        .until(ExpectedConditions.visibilityOfElementLocated(field(label)));
  }

  void waitForFieldHidden(String label) {
    wait.withMessage(() -> "the form field \"" + label + "\" to be hidden")
        .until(ExpectedConditions.invisibilityOfElementLocated(field(label)));
  }

  /** Clicks into a text field or text area, clears it and types like a user. */
  void fill(String label, String text) {
    By control = control(label);
    clearAndType(control, text);
    wait.until(d -> text.equals(d.findElement(control).getDomProperty("value")));
  }

  /** Clicks into a field, selects what it holds and types over it; returns the field. */
  private WebElement clearAndType(By control, String text) {
    click(control);
    WebElement input = driver.findElement(control);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
    return input;
  }

  /** Moves the focus out of the field, as a user does by pressing Tab. */
  void leave(String label) {
    driver.findElement(control(label)).sendKeys(Keys.TAB);
  }

  /** What the field shows (for a text area or a read-only field as much as for an input). */
  String valueOf(String label) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(control(label))).getDomProperty("value");
  }

  boolean isReadOnly(String label) {
    WebElement control = wait.until(ExpectedConditions.presenceOfElementLocated(control(label)));
    return control.getDomProperty("readOnly").equals("true") || !control.isEnabled();
  }

  /** The validation message shown under the field, once there is one. */
  String errorOf(String label) {
    By error = By.xpath(xpathOf(field(label)) + "//*[contains(@class,'fjs-form-field-error')]");
    return wait.withMessage(() -> "a validation message under \"" + label + "\"")
        .until(d -> d.findElements(error).stream().filter(WebElement::isDisplayed)
            .map(e -> e.getText().trim()).filter(t -> !t.isEmpty()).findFirst().orElse(null));
  }

  void waitForNoErrorOn(String label) {
    By error = By.xpath(xpathOf(field(label)) + "//*[contains(@class,'fjs-form-field-error')]");
    wait.withMessage(() -> "the validation message under \"" + label + "\" to go away")
        .until(d -> d.findElements(error).stream().noneMatch(e -> e.isDisplayed() && !e.getText().isBlank()));
  }

  /** Picks a radio option by the text next to it. */
  void choose(String optionText) {
    By option = By.xpath("//label[contains(@class,'fjs-form-field-label')][normalize-space(.)="
        + xpathLiteral(optionText) + "]");
    click(option);
    wait.until(d -> d.findElement(option).findElement(By.tagName("input")).isSelected());
  }

  /** Opens a select field's drop-down and picks the option with that text. */
  void select(String label, String optionText) {
    String base = xpathOf(field(label));
    click(By.xpath(base + "//*[contains(@class,'fjs-select-display')]"));
    click(By.xpath(base + "//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)="
        + xpathLiteral(optionText) + "]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(
        By.xpath(base + "//*[contains(@class,'fjs-select-display')]"), optionText));
  }

  /**
   * Types a date into a date field as a user can (the field accepts typing as well as the calendar)
   * and leaves the field; returns what the field then shows.
   */
  String typeDate(String label, String date) {
    By control = control(label);
    WebElement input = clearAndType(control, date);
    input.sendKeys(Keys.ENTER);
    // The calendar pops up while the field has the focus; Escape closes it without changing the date.
    driver.findElement(control).sendKeys(Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
    return driver.findElement(control).getDomProperty("value");
  }

  boolean textVisible(String text) {
    return driver.findElements(By.xpath("//*[not(self::script)][contains(normalize-space(text())," + xpathLiteral(text) + ")]"))
        .stream().anyMatch(WebElement::isDisplayed);
  }

  private By control(String label) {
    return By.xpath(xpathOf(field(label)) + "//*[self::input or self::textarea][not(@type='hidden')]");
  }

  // ---- plumbing ------------------------------------------------------------------------------

  private void type(By locator, String text) {
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(locator));
    input.clear();
    input.sendKeys(text);
  }

  /**
   * Clicks when the element is clickable. Tasklist re-renders parts of the page and briefly lays
   * notifications over it, so a click that lands on a stale or covered element is tried again
   * until the timeout.
   */
  private void click(By locator) {
    wait.withMessage(() -> "to click " + locator).until(d -> {
      try {
        WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
        if (element == null) {
          return false;
        }
        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block:'center'});", element);
        element.click();
        return true;
      } catch (StaleElementReferenceException | ElementNotInteractableException e) {
        return false;
      }
    });
  }

  private String visibleAlerts() {
    try {
      return driver.findElements(By.cssSelector(".alert, .notifications .alert")).stream()
          .filter(WebElement::isDisplayed).map(e -> e.getText().replace('\n', ' ')).toList().toString();
    } catch (WebDriverException e) {
      return "(unreadable)";
    }
  }

  /** Saves a screenshot and the page's HTML, for a failed test. */
  void saveEvidence(Path directory, String name) {
    try {
      Files.createDirectories(directory);
      Files.write(directory.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
      Files.writeString(directory.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (IOException | WebDriverException e) {
      System.err.println("Could not save the browser's state for " + name + ": " + e);
    }
  }

  void quit() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static String xpathOf(By by) {
    String text = by.toString();
    return text.substring(text.indexOf(':') + 1).trim();
  }

  /** An XPath string literal for any text, quotes included. */
  private static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    if (!text.contains("\"")) {
      return "\"" + text + "\"";
    }
    return "concat('" + text.replace("'", "',\"'\",'") + "')";
  }

  private static void deleteQuietly(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // A leftover temporary profile does no harm.
    }
  }
}
