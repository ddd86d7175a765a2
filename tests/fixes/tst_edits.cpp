// Every edit kind: its diff, and what apply() does to an in-memory tree.
// File diffs are fed to patch(1): the preview must produce exactly the bytes
// that apply() writes.
#include "fixes/Edit.h"
#include "fixes/GuestEditor.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace imageprep;

class TestEdits final : public QObject {
    Q_OBJECT

private:
    // Applies a unified diff to before with patch(1) and returns the result.
    static QByteArray patched(const QByteArray &before, const QString &diff)
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("f"));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return "cannot write";
        f.write(before);
        f.close();
        QProcess p;
        p.start(QStringLiteral("patch"), {QStringLiteral("--quiet"), QStringLiteral("--force"), file});
        p.write(diff.toUtf8());
        p.closeWriteChannel();
        if (!p.waitForFinished(10000) || p.exitCode() != 0)
            return "patch failed: " + p.readAllStandardOutput() + p.readAllStandardError();
        QFile r(file);
        if (!r.open(QIODevice::ReadOnly))
            return "cannot read";
        return r.readAll();
    }

private Q_SLOTS:
    void fileDiffMatchesApply_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("remove one line in the middle") << QByteArray("a\nb\nc\nd\ne\nf\ng\nh\n") << QByteArray("a\nb\nc\ne\nf\ng\nh\n");
        QTest::newRow("change first line") << QByteArray("ENABLED=yes\nLOGLEVEL=low\n") << QByteArray("ENABLED=no\nLOGLEVEL=low\n");
        QTest::newRow("append a line") << QByteArray("x=1\n") << QByteArray("x=1\ny=2\n");
        QTest::newRow("empty a file") << QByteArray("0123456789abcdef0123456789abcdef\n") << QByteArray();
        QTest::newRow("two hunks far apart") << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n")
                                             << QByteArray("1\nTWO\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\nFIFTEEN\n16\n");
        QTest::newRow("no newline at end of before") << QByteArray("a\nb") << QByteArray("a\nb\nc\n");
        QTest::newRow("no newline at end of after") << QByteArray("a\nb\n") << QByteArray("a\nB");
    }
    void fileDiffMatchesApply()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        const EditPtr e = makeFileEdit(EditKind::EditLines, QStringLiteral("/etc/x.conf"), before, after, QStringLiteral("edit"));
        const QString diff = e->diff();
        QVERIFY(diff.startsWith(QStringLiteral("--- a/etc/x.conf\n+++ b/etc/x.conf\n@@ ")));
        QCOMPARE(patched(before, diff), after);

        MemoryGuestFiles tree;
        tree.addFile(QStringLiteral("/etc/x.conf"), before, 0640);
        MemoryGuestEditor editor(tree);
        QVERIFY(e->apply(editor).ok());
        QCOMPARE(tree.readBytes(QStringLiteral("/etc/x.conf"), 1 << 20), after);
        QCOMPARE(tree.lstat(QStringLiteral("/etc/x.conf")).mode, 0640u); // mode kept
        QVERIFY(e->expectedHash().has_value());
    }

    void newFileIsCreatedWithParents()
    {
        MemoryGuestFiles tree;
        MemoryGuestEditor editor(tree);
        const EditPtr e = makeFileEdit(EditKind::FirstBootScript, QStringLiteral("/usr/local/sbin/fb"), std::nullopt,
                                       "#!/bin/sh\necho hi\n", QStringLiteral("script"), 0755);
        QVERIFY(e->diff().contains(QStringLiteral("--- /dev/null\n+++ b/usr/local/sbin/fb\n@@ -0,0 +1,2 @@\n+#!/bin/sh\n+echo hi\n")));
        QVERIFY(e->diff().contains(QStringLiteral("mode 0755")));
        QVERIFY(!e->expectedHash());
        QVERIFY(e->apply(editor).ok());
        QCOMPARE(tree.lstat(QStringLiteral("/usr/local/sbin/fb")).mode, 0755u);
        QCOMPARE(patched({}, e->diff().section(QLatin1Char('\n'), 1)), QByteArray("#!/bin/sh\necho hi\n"));
        // Applying again: the file now exists, which the plan did not expect.
        QVERIFY(!e->apply(editor).ok());
    }

    void refusesWhenTheFileChanged_data()
    {
        QTest::addColumn<QByteArray>("current");
        QTest::addColumn<QString>("reason");
        QTest::newRow("content changed") << QByteArray("something else\n") << QStringLiteral("changed since");
        QTest::newRow("binary now") << QByteArray("a\0b", 3) << QStringLiteral("binary");
        QTest::newRow("oversized now") << QByteArray(MaxEditableFileSize + 1, 'x') << QStringLiteral("larger than");
    }
    void refusesWhenTheFileChanged()
    {
        QFETCH(QByteArray, current);
        QFETCH(QString, reason);
        MemoryGuestFiles tree;
        tree.addFile(QStringLiteral("/etc/x"), current);
        MemoryGuestEditor editor(tree);
        const EditPtr e = makeFileEdit(EditKind::WriteFile, QStringLiteral("/etc/x"), QByteArray("planned\n"), "new\n", QStringLiteral("w"));
        const Status s = e->apply(editor);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(reason), qPrintable(s.error().message));
        QCOMPARE(tree.readBytes(QStringLiteral("/etc/x"), MaxEditableFileSize + 2), current); // untouched
    }

    void refusesAPathThatBecameALink()
    {
        MemoryGuestFiles tree;
        tree.addSymlink(QStringLiteral("/etc/x"), QStringLiteral("/etc/y"));
        tree.addFile(QStringLiteral("/etc/y"), "planned\n");
        MemoryGuestEditor editor(tree);
        const EditPtr e = makeFileEdit(EditKind::WriteFile, QStringLiteral("/etc/x"), QByteArray("planned\n"), "new\n", QStringLiteral("w"));
        QVERIFY(!e->apply(editor).ok());
        QCOMPARE(tree.readBytes(QStringLiteral("/etc/y"), 100), QByteArray("planned\n"));
    }

    void removeFileListsInsteadOfPrinting()
    {
        MemoryGuestFiles tree;
        const QByteArray key("-----BEGIN OPENSSH PRIVATE KEY-----\nsecret\n");
        tree.addFile(QStringLiteral("/etc/ssh/ssh_host_ed25519_key"), key, 0600);
        MemoryGuestEditor editor(tree);
        const EditPtr e = makeRemoveFile(QStringLiteral("/etc/ssh/ssh_host_ed25519_key"), key, QStringLiteral("rm"));
        QVERIFY(!e->diff().contains(QStringLiteral("secret"))); // never print removed content
        QVERIFY(e->diff().startsWith(QStringLiteral("--- a/etc/ssh/ssh_host_ed25519_key\n+++ /dev/null\n")));
        QCOMPARE(toString(e->kind()), QStringLiteral("remove-file"));
        QVERIFY(e->apply(editor).ok());
        QVERIFY(tree.lstat(QStringLiteral("/etc/ssh/ssh_host_ed25519_key")).type == GuestStat::Type::Missing);
    }

    void serviceLinks_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("diffLine");
        QTest::newRow("enable creates the wants link") << int(EditKind::EnableService)
                                                       << QStringLiteral("+ /etc/systemd/system/multi-user.target.wants/ssh.service -> /lib/systemd/system/ssh.service");
        QTest::newRow("disable removes the wants link") << int(EditKind::DisableService)
                                                        << QStringLiteral("- /etc/systemd/system/multi-user.target.wants/ssh.service -> /lib/systemd/system/ssh.service");
    }
    void serviceLinks()
    {
        QFETCH(int, kind);
        QFETCH(QString, diffLine);
        const QString link = QStringLiteral("/etc/systemd/system/multi-user.target.wants/ssh.service");
        const QString target = QStringLiteral("/lib/systemd/system/ssh.service");
        MemoryGuestFiles tree;
        tree.addFile(target, "[Unit]\n");
        if (EditKind(kind) == EditKind::DisableService)
            tree.addSymlink(link, target);
        MemoryGuestEditor editor(tree);
        const EditPtr e = makeServiceEdit(EditKind(kind), QStringLiteral("ssh.service"), {ServiceLink{link, target}});
        QVERIFY2(e->diff().contains(diffLine), qPrintable(e->diff()));
        QVERIFY(e->apply(editor).ok());
        const bool linked = tree.lstat(link).type == GuestStat::Type::Symlink && tree.readlink(link) == target;
        QCOMPARE(linked, EditKind(kind) == EditKind::EnableService);
        QVERIFY(tree.isFile(target)); // disabling never uninstalls
        QVERIFY(e->apply(editor).ok()); // idempotent
    }

    void clearLogsIsARuleAppliedWhenItRuns()
    {
        MemoryGuestFiles tree;
        tree.addFile(QStringLiteral("/var/log/dpkg.log"), "install x\n", 0640);
        tree.addFile(QStringLiteral("/var/log/journal/abc/system.journal"), QByteArray("LPKSHHRH\0\0", 10));
        tree.addFile(QStringLiteral("/var/log/empty.log"), "");
        const EditPtr e = makeClearLogs(QStringLiteral("/var/log"), {QStringLiteral("/var/log/dpkg.log")});
        QVERIFY(e->diff().contains(QStringLiteral("~ /var/log/dpkg.log\n")));
        // Written after the plan (a package install logs): cleared too.
        tree.addFile(QStringLiteral("/var/log/apt/term.log"), "Setting up cloud-init\n");
        MemoryGuestEditor editor(tree);
        QVERIFY(e->apply(editor).ok());
        QCOMPARE(tree.readBytes(QStringLiteral("/var/log/dpkg.log"), 100), QByteArray());
        QCOMPARE(tree.lstat(QStringLiteral("/var/log/dpkg.log")).mode, 0640u);
        QCOMPARE(tree.readBytes(QStringLiteral("/var/log/apt/term.log"), 100), QByteArray());
        QVERIFY(!tree.exists(QStringLiteral("/var/log/journal/abc/system.journal")));
        QVERIFY(tree.isFile(QStringLiteral("/var/log/empty.log")));
    }

    void packagesAndCommandsArePseudoDiffs()
    {
        MemoryGuestFiles tree;
        MemoryGuestEditor editor(tree);
        PackageInstall repo{QStringLiteral("apt"), {QStringLiteral("cloud-init"), QStringLiteral("cloud-guest-utils")}, {}, {}};
        const EditPtr install = makeInstallPackages(repo);
        QVERIFY(install->diff().contains(QStringLiteral("+ cloud-init\n+ cloud-guest-utils\n")));
        QVERIFY(install->apply(editor).ok());
        QCOMPARE(editor.installed, (QStringList{QStringLiteral("cloud-init"), QStringLiteral("cloud-guest-utils")}));

        PackageInstall local{QStringLiteral("apt"), {QStringLiteral("cloud-init")}, QStringLiteral("/srv/pkgs"),
                             {QStringLiteral("cloud-init_23.1_all.deb")}};
        QVERIFY(makeInstallPackages(local)->diff().contains(QStringLiteral("+ cloud-init_23.1_all.deb\n")));

        const EditPtr cmd = makeRunInGuest({QStringLiteral("grub2-mkconfig"), QStringLiteral("-o"), QStringLiteral("/boot/grub2/grub.cfg")},
                                           QStringLiteral("regen"));
        QCOMPARE(cmd->diff(), QStringLiteral("$ grub2-mkconfig -o /boot/grub2/grub.cfg\n"));
        QVERIFY(cmd->apply(editor).ok());
        QCOMPARE(editor.commands.last().first(), QStringLiteral("grub2-mkconfig"));
        editor.failCommands = true;
        QVERIFY(!cmd->apply(editor).ok());
    }
};

QTEST_GUILESS_MAIN(TestEdits)
#include "tst_edits.moc"
