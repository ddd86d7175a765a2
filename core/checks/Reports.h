#pragma once
// Reports: one CheckRun rendered as text, JSON, JUnit XML or HTML. All four
// read the same data; texts are translated when rendered. Status is always
// written as a word (plus a symbol in text and HTML), never as colour alone.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace imageprep {

struct CheckRun;
struct GuestFacts;

// Aligned table: status, severity, id, title; summary and evidence indented
// below each row as "file:line: text" or the note; a totals line at the end.
QString renderText(const CheckRun &run, const GuestFacts &facts, const QString &imagePath);

// {image, requiredPassed, counts{}, facts (GuestFacts::toJson()),
//  checks[] {id, title, severity, status, group, summary, evidence[] {file,line,text,note}}}
QJsonObject renderJson(const CheckRun &run, const GuestFacts &facts, const QString &imagePath);

// One testsuite, one testcase per check: <failure> for fail, <skipped> for
// not-applicable, <error> for unknown, warnings in <system-out>.
QByteArray renderJUnit(const CheckRun &run, const GuestFacts &facts, const QString &imagePath);

// One self-contained page (inline CSS, no scripts, every value escaped).
QString renderHtml(const CheckRun &run, const GuestFacts &facts, const QString &imagePath);

} // namespace imageprep
