#pragma once
// virtio drivers into the initramfs, with the guest's own tool: the file
// that makes every later rebuild include them, then a rebuild of every
// installed kernel's initramfs inside the guest.
#include "requirements/PlanContext.h"

#include <QRegularExpression>

namespace imageprep {

// The virtio modules a KVM instance needs before root is mounted, and its network.
inline const QStringList VirtioModules{QStringLiteral("virtio_pci"), QStringLiteral("virtio_blk"), QStringLiteral("virtio_scsi"),
                                       QStringLiteral("virtio_net")};

enum class InitramfsBuilder { None, InitramfsTools, Dracut, Mkinitcpio, Mkinitfs };

// The builder the guest has, by its configuration and program (a family
// default is not enough: Debian can use dracut, Arch mkinitcpio or dracut).
InitramfsBuilder initramfsBuilder(const GuestFacts &facts, const PlannedFiles &files);

// Lines of /etc/initramfs-tools/modules with the missing virtio modules appended.
QByteArray withVirtioModuleList(const QByteArray &modules);
// mkinitcpio.conf with the missing virtio modules added to MODULES=( ... ).
QByteArray withVirtioMkinitcpio(const QByteArray &conf);
// mkinitfs.conf with the virtio feature added to features="...".
QByteArray withVirtioMkinitfs(const QByteArray &conf);

// Plans the configuration and the rebuild; nothing when the builder is unknown.
void planVirtioInitramfs(PlanContext &p, Fix &fix);

} // namespace imageprep
