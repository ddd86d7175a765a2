#pragma once
// ManualSteps: what a person would do by hand to check and to fix one
// requirement with the libguestfs tools (guestfish, virt-cat, virt-ls,
// virt-inspector, virt-customize, virt-sysprep) and a shell. Each text is a
// small shell script: translated prose as "# " comment lines, then command
// lines that are never translated. Commands name the image IMAGE (read only)
// and, where they change it, COPY: fixes run on a copy, never the original.

#include <QString>

namespace imageprep {

struct ManualSteps {
    QString check; // translated at call time
    QString fix;   // translated at call time

    bool isEmpty() const { return check.isEmpty() && fix.isEmpty(); }
};

// Steps for a catalogue requirement; empty for unknown ids.
ManualSteps manualSteps(const QString &requirementId);

// The placeholders in command lines (whole words, never in # comment lines).
QString manualImagePlaceholder(); // "IMAGE"
QString manualCopyPlaceholder();  // "COPY"

// Where the fix steps put their copy of imagePath: beside it, "-fixed" added
// to the base name ("/srv/web.qcow2" -> "/srv/web-fixed.qcow2").
QString manualCopyPath(const QString &imagePath);

// steps with IMAGE and COPY replaced, in command lines only, by imagePath and
// manualCopyPath(imagePath), quoted for a POSIX shell. Unchanged when
// imagePath is empty.
QString withImagePath(const QString &steps, const QString &imagePath);

} // namespace imageprep
