// The boot test's qemu command line, apart from the run so that it is unit
// tested without booting anything.
#include "boot/BootTest.h"

#include <QCoreApplication>
#include <QFile>

namespace imageprep {

namespace {
struct BootQemuText {
    Q_DECLARE_TR_FUNCTIONS(imageprep::BootTest)
};
} // namespace

Result<QString> copyUefiVars(const QString &templatePath, const QString &workspace)
{
    const QString copy = workspace + QStringLiteral("/OVMF_VARS.fd");
    QFile::remove(copy);
    if (!QFile::copy(templatePath, copy))
        return makeError(ErrorCode::Internal, BootQemuText::tr("Could not copy the UEFI variable store %1.").arg(templatePath));
    // The template is read-only (root's, 0644): the copy must be writable by us.
    QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

QStringList bootQemuArguments(const QemuMachine &m)
{
    // Nova gives UEFI guests on x86 the q35 machine (export sets
    // hw_machine_type=q35 for them); BIOS guests get its default, pc.
    const QString machine = m.uefi ? QStringLiteral("q35") : QStringLiteral("pc");
    QStringList a = {
        QStringLiteral("-name"), QStringLiteral("imageprep-boot-test"),
        QStringLiteral("-nodefaults"), QStringLiteral("-no-user-config"),
        QStringLiteral("-display"), QStringLiteral("none"),
        QStringLiteral("-machine"), QStringLiteral("%1,accel=%2").arg(machine, m.kvm ? QStringLiteral("kvm") : QStringLiteral("tcg")),
        QStringLiteral("-m"), QString::number(m.memoryMiB),
        QStringLiteral("-smp"), QStringLiteral("1"),
        // the overlay is thrown away afterwards: no need to flush it
        QStringLiteral("-drive"), QStringLiteral("file=%1,if=virtio,format=qcow2,cache=unsafe").arg(m.overlay),
        // if=ide lands on q35's built-in AHCI controller
        QStringLiteral("-drive"), QStringLiteral("file=%1,media=cdrom,if=ide,readonly=on").arg(m.configDrive),
        // restrict=on: the guest reaches nothing; only the forwarded port reaches it
        QStringLiteral("-netdev"),
        QStringLiteral("user,id=net0,restrict=on,hostfwd=tcp:127.0.0.1:%1-:22").arg(m.sshPort),
        QStringLiteral("-device"), QStringLiteral("virtio-net-pci,netdev=net0"),
        // Nova gives every x86 guest a video card; without one GRUB's
        // graphical terminal (the Debian default) hangs before the kernel.
        QStringLiteral("-device"), QStringLiteral("VGA"),
        QStringLiteral("-serial"), QStringLiteral("file:%1").arg(m.serialPath),
        QStringLiteral("-qmp"), QStringLiteral("stdio"),
        QStringLiteral("-no-reboot"),
    };
    if (m.kvm)
        a << QStringLiteral("-cpu") << QStringLiteral("host");
    if (m.uefi) {
        // The code read-only, the variables a private copy: the guest's
        // boot entries land in the workspace, never in the template.
        a << QStringLiteral("-drive") << QStringLiteral("if=pflash,format=raw,unit=0,readonly=on,file=%1").arg(m.ovmfCode)
          << QStringLiteral("-drive") << QStringLiteral("if=pflash,format=raw,unit=1,file=%1").arg(m.ovmfVars);
    }
    return a;
}

} // namespace imageprep
