#pragma once
// A GuestFiles view with planned file edits laid over a base view: the fix
// planner and the lab defect planner plan each step against the files as the
// earlier steps leave them. Nothing is written; set() only records content.

#include "guest/GuestFiles.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace imageprep {

class PlannedFiles final : public GuestFiles {
public:
    explicit PlannedFiles(const GuestFiles &base) : m_base(base) {}

    // Content of the editable text file at path, after guest symlinks (the
    // resolved path in *resolved): a regular file of at most
    // MaxEditableFileSize bytes without NUL bytes. nullopt with *problem empty
    // when it does not exist; with *problem saying why (translated) when it
    // cannot be edited.
    std::optional<QByteArray> editableText(const QString &path, QString *resolved, QString *problem) const;

    // New content of path; nullopt records a removal.
    void set(const QString &path, const std::optional<QByteArray> &content) { m_written.insert(path, content); }

    GuestStat lstat(const QString &path) const override;
    QString readlink(const QString &path) const override;
    QStringList list(const QString &dir) const override;
    QByteArray readBytes(const QString &path, qint64 maxBytes) const override;

private:
    const GuestFiles &m_base;
    QHash<QString, std::optional<QByteArray>> m_written;
};

} // namespace imageprep
