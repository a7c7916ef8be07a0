package io.salesim.reports.html;

/** The report's inline CSS: readable on screen and when printed, no web fonts, no external files. */
final class Stylesheet {
    static final String CSS = """
            body{margin:0;background:#f6f7f9;color:#222;font:16px/1.5 "DejaVu Sans",Helvetica,Arial,sans-serif}
            main{max-width:1320px;margin:0 auto;padding:24px 32px 48px;background:#fff}
            header{border-bottom:3px solid #0072b2;margin-bottom:24px;padding-bottom:8px}
            h1{font-size:32px;margin:0 0 4px}
            h2{font-size:24px;margin:36px 0 12px;border-bottom:1px solid #ddd;padding-bottom:4px}
            h3{font-size:18px;margin:24px 0 8px}
            .description{font-size:18px;margin:4px 0}
            .facts{color:#555;margin:4px 0}
            .warning{background:#fff3cd;border:1px solid #e6c200;padding:8px 12px}
            nav{margin:8px 0;font-size:15px}
            nav a{color:#0072b2;text-decoration:none}
            #summary ul{font-size:18px;padding-left:24px}
            #summary li{margin:6px 0}
            figure{margin:24px 0;padding:0;border:1px solid #e3e3e3;page-break-inside:avoid}
            svg.chart{display:block;width:100%;height:auto}
            figcaption{padding:8px 16px 12px;color:#444;font-size:15px}
            figcaption .files{display:block;color:#888;font-size:13px}
            table{border-collapse:collapse;margin:8px 0 16px;font-size:14px}
            th,td{border-bottom:1px solid #e3e3e3;padding:4px 10px;text-align:left;vertical-align:top}
            th{background:#f0f3f7;position:sticky;top:0}
            td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            tbody tr:nth-child(even){background:#fafbfc}
            pre{background:#f0f3f7;padding:10px 14px;overflow-x:auto;font-size:14px}
            .wrap-up-page{border-top:2px solid #0072b2;margin-top:32px;page-break-before:always}
            .wrap-up-page h4{font-size:16px;margin:18px 0 6px}
            .wrap-up-page td:not(:last-child){white-space:nowrap}
            .wrap-up-day{border-left:3px solid #e3e3e3;padding-left:12px;margin:12px 0}
            .wrap-up-day ul{margin:2px 0 8px}
            .wrap-up-day .label{font-weight:bold;margin:8px 0 2px;font-size:15px}
            .wrap-up-day summary{cursor:pointer;color:#0072b2;margin:6px 0}
            @media print{body{background:#fff}main{padding:0}nav{display:none}details>*{display:block}}
            """;

    private Stylesheet() {
    }
}
