#include "requirements/StepText.h"

namespace imageprep::steps {

using namespace Qt::StringLiterals;

//: Lab mode, manual steps: heading above the commands for Debian-family guests. Shown as a shell comment; the commands below stay untranslated.
const char *const DebianFamily = QT_TRANSLATE_NOOP("ManualSteps", "Debian, Ubuntu:");
//: Lab mode, manual steps: heading above the commands for Red Hat-family guests. Shown as a shell comment; the commands below stay untranslated.
const char *const RedHatFamily = QT_TRANSLATE_NOOP("ManualSteps", "RHEL, Rocky, AlmaLinux, Fedora (SELinux: relabel after the change):");

namespace {

//: Lab mode, manual steps: first line of every "fix by hand" text. Shown as a shell comment above a cp command that stays untranslated.
const char *const CopyFirst = QT_TRANSLATE_NOOP("ManualSteps",
                                                "These commands change the image they are given: work on a copy, never on the original.");
//: Lab mode, manual steps: mounts the guest read-only on the host so that ordinary tools (grep, find, ls) can search it; the commands stay untranslated.
const char *const MountGuest = QT_TRANSLATE_NOOP("ManualSteps", "Mount the guest read-only on the host (FUSE) to search it:");
//: Lab mode, manual steps: said after the search commands, above "guestunmount". The command stays untranslated.
const char *const UnmountGuest = QT_TRANSLATE_NOOP("ManualSteps", "Unmount it when done:");

QString renderBlocks(const QList<Block> &blocks)
{
    QStringList parts;
    for (const Block &b : blocks) {
        QStringList lines;
        if (b.prose) {
            // A translation must not turn a line of prose into a command.
            QString prose = QCoreApplication::translate("ManualSteps", b.prose);
            prose.replace(u'\n', u' ');
            lines << u"# "_s + prose;
        }
        lines << b.commands;
        parts << lines.join(u'\n');
    }
    return parts.join(u"\n\n"_s);
}

} // namespace

ManualSteps render(const QList<Block> &check, const QList<Block> &fix, bool fixOnCopy)
{
    QList<Block> fixBlocks = fix;
    if (fixOnCopy)
        fixBlocks.prepend(Block{CopyFirst, {u"cp --sparse=always IMAGE COPY"_s}});
    return {renderBlocks(check), renderBlocks(fixBlocks)};
}

Block mountGuest()
{
    return {MountGuest, {u"mkdir -p /tmp/guest && guestmount -a IMAGE -i --ro /tmp/guest"_s}};
}

Block unmountGuest()
{
    return {UnmountGuest, {u"guestunmount /tmp/guest"_s}};
}

} // namespace imageprep::steps
