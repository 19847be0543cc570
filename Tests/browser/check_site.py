"""Opens a built tutorial site in headless Chromium and checks what a reader would see.

Checks, one line each:
  console     no SEVERE browser-log entries on the index and on every lesson page
  search      a word from a lesson's prose, typed into #search, lists a link to that lesson
  chart       an `.output-svg svg` is displayed with a nonzero size (a failure only with
              --require-chart when no page has a chart yet)
  screenshots one lesson in light and in dark mode, written to the screenshots folder; the
              theme toggle must set data-theme and change the page background
  zh …        when the site has Chinese pages (Site/zh/): no console errors on them, <html
              lang="zh-CN">, searching 主动学习, 熵, 不确定性 and "Swift" on a Chinese page lists only
              Chinese pages and one that contains the term (a term no Chinese page holds yet is
              skipped), the language switch leads to the English page and back, and light and dark
              screenshots of a Chinese page (screenshots/zh/)

Called by run.sh, which finds Chromium and the driver; see run.sh for the options.
"""

import argparse
import base64
import collections
import os
import re
import sys
from pathlib import Path

# Never let Selenium Manager look for or download a browser or driver.
os.environ.setdefault("SE_OFFLINE", "true")
os.environ.setdefault("SE_AVOID_STATS", "true")

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

WIDTH, HEIGHT = 1280, 900
MAX_SHOT_HEIGHT = 6000
WORD = re.compile(r"[A-Za-z]{6,}")


class Report:
    """Collects one PASS/FAIL/SKIP line per check and the totals."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def result(self, name, ok, detail):
        self.passed += ok
        self.failed += not ok
        print(f"browser: {'PASS' if ok else 'FAIL'} {name}: {detail}", flush=True)

    def skip(self, name, detail):
        print(f"browser: SKIP {name}: {detail}", flush=True)


def make_driver(chromium, chromedriver):
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--disable-extensions", "--no-first-run", "--hide-scrollbars",
                 "--force-device-scale-factor=1", f"--window-size={WIDTH},{HEIGHT}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)


def open_page(driver, path):
    driver.get(path.resolve().as_uri())
    WebDriverWait(driver, 10).until(
        lambda d: d.execute_script("return document.readyState") == "complete")


def severe_entries(driver):
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def check_console(driver, report, pages, name="console"):
    """Loads every page; returns each lesson's prose text (for the search check)."""
    problems, texts = [], {}
    for page in pages:
        driver.get_log("browser")  # drop anything left from the previous page
        open_page(driver, page)
        problems += [f"{page.name}: {message}" for message in severe_entries(driver)]
        if page.name != "index.html":
            texts[page.name] = driver.execute_script(
                "var a = document.querySelector('article') || document.querySelector('main');"
                "return Array.from(a ? a.querySelectorAll('p, li, h1, h2, h3') : [])"
                ".map(function (e) { return e.innerText; }).join(' ');")
    detail = f"{len(pages)} pages, no errors" if not problems else "; ".join(problems[:5])
    report.result(name, not problems, detail)
    return texts


def distinctive_word(texts, lesson):
    """The word of `lesson`'s prose found on the fewest lesson pages (then the longest)."""
    pages_with = collections.Counter()
    for text in texts.values():
        pages_with.update({w.lower() for w in WORD.findall(text)})
    words = sorted({w.lower() for w in WORD.findall(texts[lesson])},
                   key=lambda w: (pages_with[w], -len(w), w))
    return words[0] if words else None


def check_search(driver, report, site, texts):
    lesson = next((name for name, text in texts.items() if WORD.search(text)), None)
    if lesson is None:
        report.result("search", False, "no lesson page has prose to search for")
        return
    word = distinctive_word(texts, lesson)
    open_page(driver, site / lesson)
    box = driver.find_element(By.ID, "search")
    box.send_keys(word)
    results = driver.find_element(By.ID, "search-results")
    try:
        WebDriverWait(driver, 5).until(lambda d: results.is_displayed())
    except WebDriverException:
        report.result("search", False, f"typed {word!r} on {lesson}: #search-results stayed hidden")
        return
    links = [a.get_attribute("href") or "" for a in results.find_elements(By.CSS_SELECTOR, "a")]
    hit = any(href.split("#")[0].endswith("/" + lesson) for href in links)
    report.result("search", hit, f"typed {word!r}: {len(links)} results, "
                  + ("one links to " if hit else "none links to ") + lesson)


def check_chart(driver, report, pages, require_chart):
    for page in pages:
        open_page(driver, page)
        charts = driver.find_elements(By.CSS_SELECTOR, ".output-svg svg")
        if not charts:
            continue
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", charts[0])
        size = charts[0].size
        visible = charts[0].is_displayed() and size["width"] > 0 and size["height"] > 0
        report.result("chart", visible, f"{page.name}: first of {len(charts)} charts is "
                      + f"{'displayed' if charts[0].is_displayed() else 'not displayed'}, "
                      + f"{size['width']:.0f}x{size['height']:.0f} px")
        return page
    message = f"no page of {len(pages)} has an .output-svg svg"
    if require_chart:
        report.result("chart", False, message + " (--require-chart)")
    else:
        report.skip("chart", message + " (pass --require-chart to make this a failure)")
    return None


def screenshot(driver, path):
    """The whole page (up to MAX_SHOT_HEIGHT px tall), not only the window."""
    height = min(driver.execute_script("return document.documentElement.scrollHeight"),
                 MAX_SHOT_HEIGHT)
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": WIDTH, "height": height, "scale": 1}})
    path.write_bytes(base64.b64decode(shot["data"]))


def background(driver):
    """The page's painted background: the body's, or the root element's when the body has none."""
    return driver.execute_script(
        "var b = getComputedStyle(document.body).backgroundColor;"
        "return b === 'rgba(0, 0, 0, 0)' || b === 'transparent'"
        " ? getComputedStyle(document.documentElement).backgroundColor : b;")


def check_screenshots(driver, report, lesson, folder, name="screenshots"):
    folder.mkdir(parents=True, exist_ok=True)
    open_page(driver, lesson)
    driver.execute_script("localStorage.setItem('theme', 'light')")
    open_page(driver, lesson)
    light_theme, light_background = driver.execute_script(
        "return document.documentElement.dataset.theme || ''"), background(driver)
    screenshot(driver, folder / "light.png")
    toggles = driver.find_elements(By.ID, "theme-toggle")
    if toggles:
        toggles[0].click()
    dark_theme, dark_background = driver.execute_script(
        "return document.documentElement.dataset.theme || ''"), background(driver)
    screenshot(driver, folder / "dark.png")
    driver.execute_script("localStorage.removeItem('theme')")
    problems = []
    if not toggles:
        problems.append("no #theme-toggle")
    if (light_theme, dark_theme) != ("light", "dark"):
        problems.append(f"data-theme was {light_theme!r} then {dark_theme!r}, not 'light' then 'dark'")
    if light_background == dark_background:
        problems.append(f"page background stayed {light_background}")
    detail = (f"{lesson.name} → {folder}/light.png, dark.png "
              f"(background {light_background} → {dark_background})")
    report.result(name, not problems, "; ".join(problems) if problems else detail)


CHINESE_TERMS = ["主动学习", "熵", "不确定性", "Swift"]


def page_text(driver):
    return driver.execute_script(
        "var a = document.querySelector('article') || document.querySelector('main');"
        "return a ? a.innerText : '';")


def check_chinese_search(driver, report, zh_lessons):
    """On a Chinese page, each term lists only Chinese pages, among them one that contains it."""
    texts = {}
    for page in zh_lessons:
        open_page(driver, page)
        texts[page.name] = page_text(driver)
    open_page(driver, zh_lessons[0])
    lang = driver.execute_script("return document.documentElement.lang")
    report.result("zh lang", lang == "zh-CN", f"{zh_lessons[0].name}: <html lang={lang!r}>")
    for term in CHINESE_TERMS:
        containing = [name for name, text in texts.items() if term.lower() in text.lower()]
        if not containing:
            report.skip(f"zh search {term}", "no Chinese page contains it yet")
            continue
        open_page(driver, zh_lessons[0])
        box = driver.find_element(By.ID, "search")
        box.send_keys(term)
        results = driver.find_element(By.ID, "search-results")
        WebDriverWait(driver, 5).until(lambda d: results.is_displayed())
        links = [a.get_attribute("href") or "" for a in results.find_elements(By.CSS_SELECTOR, "a")]
        pages = {href.split("#")[0].rsplit("/", 1)[-1] for href in links}
        only_chinese = all("/zh/" in href for href in links)
        found = bool(pages & set(containing))
        report.result(f"zh search {term}", found and only_chinese,
                      f"{len(links)} results on {sorted(pages)}; pages containing it: {sorted(containing)}"
                      + ("" if only_chinese else "; a result is not a Chinese page"))


def check_language_switch(driver, report, zh_lesson):
    """The switch on a Chinese page leads to the English page of the lesson, and back."""
    open_page(driver, zh_lesson)
    driver.find_element(By.CSS_SELECTOR, "a.language-switch").click()
    WebDriverWait(driver, 10).until(lambda d: "/zh/" not in d.current_url)
    english = driver.current_url
    english_lang = driver.execute_script("return document.documentElement.lang")
    driver.find_element(By.CSS_SELECTOR, "a.language-switch").click()
    WebDriverWait(driver, 10).until(lambda d: "/zh/" in d.current_url)
    back = driver.current_url
    ok = english.endswith("/" + zh_lesson.name) and english_lang == "en" and back.endswith("/zh/" + zh_lesson.name)
    report.result("language switch", ok, f"{zh_lesson.name} → {english.rsplit('/', 2)[-2:]} ({english_lang}) → {back.rsplit('/', 2)[-2:]}")


def guarded(report, name, fallback, check, *args):
    """Runs one check; an exception fails that check only, and the others still run."""
    try:
        return check(*args)
    except WebDriverException as error:
        report.result(name, False, f"browser error: {error.msg or error}".strip())
    except Exception as error:  # a broken page must not hide the other checks' results
        report.result(name, False, f"{type(error).__name__}: {error}")
    return fallback


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--chromium", required=True)
    parser.add_argument("--chromedriver", required=True)
    parser.add_argument("--screenshots", type=Path, required=True)
    parser.add_argument("--require-chart", action="store_true")
    args = parser.parse_args()

    index = args.site / "index.html"
    lessons = sorted(p for p in args.site.glob("*.html") if p.name != "index.html")
    report = Report()
    if not index.is_file() or not lessons:
        report.result("site", False, f"{args.site} has no index.html or no lesson pages")
    else:
        driver = make_driver(args.chromium, args.chromedriver)
        try:
            zh_lessons = sorted(p for p in (args.site / "zh").glob("*.html") if p.name != "index.html")
            zh_pages = ([args.site / "zh" / "index.html"] if zh_lessons else []) + zh_lessons
            texts = guarded(report, "console", {}, check_console, driver, report, [index] + lessons)
            if zh_pages:
                guarded(report, "zh console", {}, check_console, driver, report, zh_pages, "zh console")
            guarded(report, "search", None, check_search, driver, report, args.site, texts)
            chart_page = guarded(report, "chart", None, check_chart, driver, report, lessons,
                                 args.require_chart)
            guarded(report, "screenshots", None, check_screenshots, driver, report,
                    chart_page or lessons[0], args.screenshots)
            if zh_lessons:
                guarded(report, "zh search", None, check_chinese_search, driver, report, zh_lessons)
                guarded(report, "language switch", None, check_language_switch, driver, report, zh_lessons[0])
                guarded(report, "zh screenshots", None, check_screenshots, driver, report,
                        zh_lessons[0], args.screenshots / "zh", "zh screenshots")
            else:
                report.skip("zh", "the site has no Chinese pages")
        finally:
            driver.quit()
    print(f"browser: {report.passed} passed, {report.failed} failed")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
