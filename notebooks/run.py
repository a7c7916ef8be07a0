"""Executes notebooks headless on the salesim-java kernel (see notebooks/run)."""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from jupyter_client.manager import start_new_kernel
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter

KERNEL = "salesim-java"
HERE = Path(__file__).resolve().parent


def say(text):
    print("notebooks/run: " + text, flush=True)


def check_kernel(timeout):
    """The kernel starts, runs a cell, and answers as Jupyter expects: a value, a printed line, an error."""
    started = time.monotonic()
    manager, client = start_new_kernel(kernel_name=KERNEL, startup_timeout=timeout)
    try:
        def run(code):
            outputs = []
            reply = client.execute_interactive(code, timeout=timeout, output_hook=outputs.append)
            return reply["content"], outputs

        content, outputs = run('System.out.println("ready"); 6 * 7')
        results = [o["content"]["data"]["text/plain"] for o in outputs if o["msg_type"] == "execute_result"]
        streams = "".join(o["content"]["text"] for o in outputs if o["msg_type"] == "stream")
        if content["status"] != "ok" or results != ["42"] or streams.strip() != "ready":
            raise SystemExit("notebooks/run: the kernel ran a cell wrongly: status %s, results %r, printed %r"
                             % (content["status"], results, streams))
        content, _ = run('int x = "not a number";')
        if content["status"] != "error":
            raise SystemExit("notebooks/run: the kernel accepted a cell that does not compile")
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    say("kernel check passed: it started, printed, gave 6 * 7 = 42 and refused a bad cell (%.1f s)" % (time.monotonic() - started))


def start_failure_check(timeout):
    """Starts notebooks/run on a temporary folder holding a notebook with a failing cell (it runs beside the notebooks)."""
    folder = tempfile.mkdtemp(prefix="notebooks-broken-")
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": KERNEL, "display_name": "Java (salesim)", "language": "java"}
    nb.cells = [nbformat.v4.new_code_cell("int ok = 1;"),
                nbformat.v4.new_code_cell('throw new IllegalStateException("deliberately broken");'),
                nbformat.v4.new_code_cell("int never = 2;")]
    nbformat.write(nb, os.path.join(folder, "broken.ipynb"))
    process = subprocess.Popen([sys.executable, __file__, "--dir", folder, "--out", os.path.join(folder, "out"),
                                "--skip-checks", "--timeout", str(timeout)], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    return folder, process


def finish_failure_check(folder, process):
    """The broken notebook made notebooks/run exit non-zero, name the error, and still write the HTML."""
    output, _ = process.communicate()
    written = os.path.exists(os.path.join(folder, "out", "broken.html"))
    shutil.rmtree(folder, ignore_errors=True)
    if process.returncode == 0 or "deliberately broken" not in output or not written:
        raise SystemExit("notebooks/run: a broken notebook was not reported as failed (exit %d, html written: %s):\n%s"
                         % (process.returncode, written, output))
    say("failure check passed: a notebook with a failing cell made notebooks/run exit %d" % process.returncode)


def execute(path, out, timeout):
    """Runs one notebook; writes the executed notebook and its HTML even when a cell fails."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name=KERNEL, allow_errors=False,
                            resources={"metadata": {"path": str(path.parent)}})
    started = time.monotonic()
    error = None
    try:
        client.execute()
    except CellExecutionError as e:
        error = e
    seconds = time.monotonic() - started
    out.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, out / path.name)
    html, _ = HTMLExporter().from_notebook_node(nb)
    (out / (path.stem + ".html")).write_text(html, encoding="utf-8")
    if error is not None:
        say("FAILED %s after %.1f s:\n%s" % (path.name, seconds, error))
        return False
    say("ran %s in %.1f s -> %s, %s" % (path.name, seconds, out / path.name, out / (path.stem + ".html")))
    return True


def main():
    parser = argparse.ArgumentParser(prog="notebooks/run", description="Executes every *.ipynb of a folder headless on "
                                     "the salesim-java kernel; exits 1 if any cell fails.")
    parser.add_argument("--dir", type=Path, default=HERE, help="folder of notebooks (default: notebooks/)")
    parser.add_argument("--out", type=Path, help="where executed notebooks and HTML go (default: DIR/out)")
    parser.add_argument("--timeout", type=int, default=600, help="seconds one cell may take (default: 600)")
    parser.add_argument("--skip-checks", action="store_true", help="skip the kernel and failure checks run first")
    parser.add_argument("notebooks", nargs="*", help="only these notebooks (names in DIR)")
    args = parser.parse_args()
    try:
        KernelSpecManager().get_kernel_spec(KERNEL)
    except NoSuchKernel:
        raise SystemExit("notebooks/run: no kernel spec %s; run notebooks/setup first" % KERNEL)
    out = args.out or args.dir / "out"
    paths = [args.dir / n for n in args.notebooks] if args.notebooks else sorted(args.dir.glob("*.ipynb"))
    if not paths:
        raise SystemExit("notebooks/run: no notebooks in %s" % args.dir)
    started = time.monotonic()
    failure_check = None
    if not args.skip_checks:
        check_kernel(args.timeout)
        failure_check = start_failure_check(args.timeout)
    failed = [p.name for p in paths if not execute(p, out, args.timeout)]
    if failure_check is not None:
        finish_failure_check(*failure_check)
    total = time.monotonic() - started
    passed = len(paths) - len(failed)
    print("notebooks: %d passed, %d failed" % (passed, len(failed)), flush=True)
    say("%.0f s in all%s" % (total, "; failed: " + ", ".join(failed) if failed else ""))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
