#!/usr/bin/env python3
"""Breakdown of JFR execution samples (from `jfr print --events jdk.ExecutionSample --stack-depth 200`).

Reads the printed events on standard input and prints, for the request threads' samples: the share of samples
whose stack contains each labelled frame pattern (inclusive, so shares overlap), the hottest methods by their own
samples, and the hottest first frames outside the JDK. Used by bench/profile.sh.
"""
import collections
import re
import sys

# Phases of a request: the first pattern found anywhere in the stack wins, so the phases do not overlap.
PHASES = [
    ("view: Thymeleaf renders the page", r"^org\.thymeleaf\.spring6\.view\.ThymeleafView\.render"),
    ("controller: the handler method builds the model", r"^org\.springframework\.web\.method\.support\.InvocableHandlerMethod\.invokeForRequest"),
    ("Spring MVC around them (mapping, view resolution)", r"^org\.springframework\.web\.servlet\.DispatcherServlet\.doService"),
    ("filters before MVC (security, caches, limits)", r"^org\.apache\.catalina\.core\.ApplicationFilterChain\.doFilter"),
    ("Tomcat (parsing, writing, connections)", r"^org\.apache\.(catalina|coyote|tomcat)\."),
]

# Components: each sample goes to the frame nearest the top of its stack that is not in the JDK, mapped by the
# first pattern that matches it; the shares add up to 100 %.
COMPONENTS = [
    ("CSRF token (Spring Security csrf, SecureRandom)", r"(\.csrf\.|Csrf)"),
    ("Spring Security (other filters, headers)", r"^org\.springframework\.security\."),
    ("Thymeleaf engine", r"^org\.thymeleaf\."),
    ("expression evaluation (SpEL, OGNL, attoparser)", r"^(org\.springframework\.expression\.|ognl\.|org\.attoparser\.)"),
    ("database (Hibernate, H2, HikariCP, Spring Data/tx)", r"^(org\.hibernate\.|org\.h2\.|com\.zaxxer\.|org\.springframework\.(data|orm|transaction|jdbc)\.)"),
    ("app code (app.mockinterview)", r"^app\.mockinterview\."),
    ("Spring MVC / web / core", r"^org\.springframework\."),
    ("Tomcat", r"^org\.apache\.(catalina|coyote|tomcat)\."),
    ("Micrometer", r"^io\.micrometer\."),
    ("Jakarta servlet API wrappers", r"^jakarta\."),
    ("other", r"."),
]

JDK = re.compile(r"^(java\.|javax\.|jdk\.|sun\.|com\.sun\.)")
FRAME = re.compile(r"^\s+([\w$.<>]+)\((.*?)\)\s+line:")


def samples(lines):
    thread, stack, in_stack = None, [], False
    for line in lines:
        if line.startswith("jdk.ExecutionSample"):
            thread, stack, in_stack = None, [], False
        elif "sampledThread = " in line:
            thread = line.split('"')[1] if '"' in line else line
        elif line.strip() == "stackTrace = [":
            in_stack = True
        elif in_stack and line.strip() == "]":
            in_stack = False
            yield thread, stack
        elif in_stack:
            match = FRAME.match(line)
            if match:
                stack.append(match.group(1))


def main():
    total = 0
    phases = collections.Counter()
    components = collections.Counter()
    own = collections.Counter()
    first_outside_jdk = collections.Counter()
    compiled_phases = [(label, re.compile(pattern)) for label, pattern in PHASES]
    compiled_components = [(label, re.compile(pattern)) for label, pattern in COMPONENTS]
    for thread, stack in samples(sys.stdin):
        if not thread or not thread.startswith("http-nio") or not stack:
            continue
        total += 1
        own[stack[0]] += 1
        first = next((f for f in stack if not JDK.match(f)), stack[0])
        first_outside_jdk[first] += 1
        phase = next((label for label, pattern in compiled_phases if any(pattern.search(f) for f in stack)),
                     "other (outside Tomcat's request handling)")
        phases[phase] += 1
        components[next(label for label, pattern in compiled_components if pattern.search(first))] += 1
    if total == 0:
        print("no samples of request threads")
        return
    print(f"{total} samples of request threads")
    print("phases:")
    for label, count in phases.most_common():
        print(f"  {100.0 * count / total:5.1f} %  {label}")
    print("components (nearest non-JDK frame):")
    for label, count in components.most_common():
        print(f"  {100.0 * count / total:5.1f} %  {label}")
    print("hottest methods (own samples):")
    for frame, count in own.most_common(12):
        print(f"  {100.0 * count / total:5.1f} %  {frame}")
    print("hottest first frames outside the JDK:")
    for frame, count in first_outside_jdk.most_common(20):
        print(f"  {100.0 * count / total:5.1f} %  {frame}")


if __name__ == "__main__":
    main()
