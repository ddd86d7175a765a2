// no-baked-credentials (every credential type, hostile links and sizes),
// cloud-init-locale (the mismatch and what makes a locale exist) and
// security-updates (the scan's verdicts) against in-memory guests; the
// default credential fix; the report's publish summary, which never shows a secret.
#include "GuestFixtures.h"

#include "checks/BakedCredentials.h"
#include "checks/CheckRun.h"
#include "checks/CloudInitLocale.h"
#include "checks/Reports.h"
#include "fixes/FixPlan.h"
#include "TestSupport.h"

using namespace imageprep;
using namespace imageprep::testing;

namespace {

using imageprep::test::sshString;

QByteArray keyBlob(char fill)
{
    return sshString("ssh-ed25519") + sshString(QByteArray(32, fill));
}

// An unencrypted openssh-key-v1 private key around blob (the private part is filler).
QByteArray opensshPrivateKey(const QByteArray &blob)
{
    const QByteArray body = QByteArray("openssh-key-v1", 15) + sshString("none") + sshString("none") + sshString({})
        + QByteArray::fromHex("00000001") + sshString(blob) + sshString(QByteArray(64, 'S'));
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body.toBase64() + "\n-----END OPENSSH PRIVATE KEY-----\n";
}

const QByteArray Secret = "s3cr3t-T0ken";

Guest debianWithUser()
{
    Guest g = cleanGuest(Family::Debian);
    g.file(s("/etc/passwd"), "root:x:0:0:root:/root:/bin/bash\nbob:x:1000:1000::/home/bob:/bin/bash\n"
                             "svc:x:999:999::/var/lib/svc:/usr/sbin/nologin\n");
    g.files.addDir(s("/root"));
    g.files.addDir(s("/home/bob"));
    return g;
}

CheckResult runCheck(const Guest &g, const char *id)
{
    return Catalogue::instance().find(QLatin1String(id))->check(g.facts, g.files);
}

} // namespace

class TestPublishChecks final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void credentialTypes_data();
    void credentialTypes();
    void cleanGuestHasNoCredentials();
    void keyFingerprints();
    void hostileLinksAndSizes();
    void lockedAndSystemUsersPass();
    void defaultFixRemovesCredentials();
    void localeMismatch_data();
    void localeMismatch() { verifyCheck(s("cloud-init-locale")); }
    void localeArchive();
    void localeFixes();
    void securityUpdates();
    void reportSummaryHasNoSecrets();
};

void TestPublishChecks::credentialTypes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("kind");
    const QByteArray pub = "ssh-ed25519 " + keyBlob('k').toBase64() + " builder@host\n";
    QTest::newRow("root authorized_keys") << s("/root/.ssh/authorized_keys") << pub << s("authorized-keys");
    QTest::newRow("user authorized_keys with options") << s("/home/bob/.ssh/authorized_keys")
                                                       << QByteArray("no-pty,command=\"/bin/true\" " + pub) << s("authorized-keys");
    QTest::newRow("authorized_keys2") << s("/home/bob/.ssh/authorized_keys2") << pub << s("authorized-keys");
    QTest::newRow("id_ed25519") << s("/home/bob/.ssh/id_ed25519") << opensshPrivateKey(keyBlob('p')) << s("private-key");
    QTest::newRow("PEM key under another name") << s("/root/backup/deploy.key")
                                                << QByteArray("-----BEGIN RSA PRIVATE KEY-----\nMIIB" + Secret + "\n-----END RSA PRIVATE KEY-----\n")
                                                << s("private-key");
    QTest::newRow("known_hosts") << s("/root/.ssh/known_hosts") << QByteArray("git.example.com " + pub) << s("known-hosts");
    QTest::newRow(".netrc") << s("/home/bob/.netrc") << QByteArray("machine repo.example.com login bob password " + Secret + "\n") << s("netrc");
    QTest::newRow("aws credentials") << s("/root/.aws/credentials")
                                     << QByteArray("[default]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = " + Secret + "\n")
                                     << s("aws-credentials");
    QTest::newRow("clouds.yaml with a password") << s("/home/bob/.config/openstack/clouds.yaml")
                                                 << QByteArray("clouds:\n  prod:\n    auth:\n      username: bob\n      password: " + Secret + "\n")
                                                 << s("clouds-yaml");
    QTest::newRow("system clouds.yaml") << s("/etc/openstack/clouds.yaml")
                                        << QByteArray("clouds:\n  prod:\n    auth:\n      password: '" + Secret + "'\n") << s("clouds-yaml");
    QTest::newRow("docker auths") << s("/root/.docker/config.json")
                                  << QByteArray("{\"auths\": {\"registry.example.com\": {\"auth\": \"" + Secret.toBase64() + "\"}}}")
                                  << s("docker-auth");
}

void TestPublishChecks::credentialTypes()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, content);
    QFETCH(QString, kind);
    Guest g = debianWithUser();
    g.file(path, content);
    const CheckResult r = runCheck(g, "no-baked-credentials");
    QCOMPARE(toString(r.status), s("fail"));
    QCOMPARE(r.evidence.size(), 1);
    QCOMPARE(r.evidence.first().file, path);
    QCOMPARE(r.evidence.first().text, kind);
    QVERIFY2(r.evidence.first().note.contains(QLatin1String("SHA256:")), qPrintable(r.evidence.first().note));
    for (const Evidence &e : r.evidence) {
        QVERIFY(!e.note.contains(QString::fromLatin1(Secret)) && !e.text.contains(QString::fromLatin1(Secret)));
        QVERIFY(!e.note.contains(QString::fromLatin1(keyBlob('k').toBase64())));
    }
}

void TestPublishChecks::cleanGuestHasNoCredentials()
{
    Guest g = debianWithUser();
    g.file(s("/home/bob/.ssh/id_ed25519.pub"), "ssh-ed25519 " + keyBlob('q').toBase64() + "\n"); // a public key is no secret
    g.file(s("/home/bob/.netrc"), "machine repo.example.com login bob\n");                         // no password
    g.file(s("/root/.docker/config.json"), "{\"auths\": {}}");
    QCOMPARE(toString(runCheck(g, "no-baked-credentials").status), s("pass"));
}

void TestPublishChecks::keyFingerprints()
{
    const QByteArray blob = keyBlob('z');
    QCOMPARE(opensshPublicBlob(opensshPrivateKey(blob)), blob);
    QCOMPARE(publicKeyBlobs("# comment\nfrom=\"10.0.0.1\" ssh-ed25519 " + blob.toBase64() + " me\n"), QList<QByteArray>{blob});
    // The private key and its authorized public key have the same fingerprint, as ssh-keygen -l shows.
    Guest g = debianWithUser();
    g.file(s("/root/.ssh/id_ed25519"), opensshPrivateKey(blob));
    g.file(s("/root/.ssh/authorized_keys"), "ssh-ed25519 " + blob.toBase64() + "\n");
    const QList<CredentialFinding> found = scanBakedCredentials(g.files);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).fingerprint, sshFingerprint(blob));
    QCOMPARE(found.at(1).fingerprint, sshFingerprint(blob));
    QVERIFY(sshFingerprint(blob).startsWith(QLatin1String("SHA256:")));
}

void TestPublishChecks::hostileLinksAndSizes()
{
    // A home that is a link out of the guest is never followed: the check says unknown.
    Guest escape = debianWithUser();
    escape.files.remove(s("/home/bob"));
    escape.files.addSymlink(s("/home/bob"), s("../../../../etc/../.."));
    escape.files.addSymlink(s("/root/.ssh/authorized_keys"), s("/../../../host/.ssh/authorized_keys"));
    QCOMPARE(toString(runCheck(escape, "no-baked-credentials").status), s("unknown"));

    // A loop is noted, never followed forever.
    Guest loop = debianWithUser();
    loop.files.addSymlink(s("/root/.netrc"), s("/root/.netrc"));
    QCOMPARE(toString(runCheck(loop, "no-baked-credentials").status), s("unknown"));

    // A huge credential file is not read, and never passes.
    Guest huge = debianWithUser();
    huge.files.addUnreadableFile(s("/home/bob/.netrc"), 512LL * 1024 * 1024);
    const CheckResult r = runCheck(huge, "no-baked-credentials");
    QCOMPARE(toString(r.status), s("fail"));
    QCOMPARE(r.evidence.first().file, s("/home/bob/.netrc"));

    // A huge file of another name is skipped by the private-key search (bounded reads).
    Guest big = debianWithUser();
    big.files.addUnreadableFile(s("/home/bob/video.mkv"), 4LL * 1024 * 1024 * 1024);
    QCOMPARE(toString(runCheck(big, "no-baked-credentials").status), s("pass"));
}

void TestPublishChecks::lockedAndSystemUsersPass()
{
    Guest g = debianWithUser();
    g.file(s("/etc/shadow"), "root:$6$x$y:19000::::::\nbob:!$6$salt$hash:19000::::::\nsvc:$6$salt$hash:19000::::::\n");
    QCOMPARE(toString(runCheck(g, "no-baked-credentials").status), s("pass"));

    g.file(s("/etc/shadow"), "root:*:19000::::::\nbob:$6$salt$" + Secret + ":19000::::::\n");
    CheckResult r = runCheck(g, "no-baked-credentials");
    QCOMPARE(toString(r.status), s("fail"));
    QCOMPARE(r.evidence.first().file, s("/etc/shadow"));
    QCOMPARE(r.evidence.first().line, 2);
    QCOMPARE(r.evidence.first().text, s("user-password"));
    QVERIFY(!r.evidence.first().note.contains(QString::fromLatin1(Secret)));

    g.file(s("/etc/shadow"), "root:*:19000::::::\nbob::19000::::::\n");
    r = runCheck(g, "no-baked-credentials");
    QCOMPARE(toString(r.status), s("fail"));
    QVERIFY(r.evidence.first().note.contains(QLatin1String("empty")));
}

void TestPublishChecks::defaultFixRemovesCredentials()
{
    Guest g = debianWithUser();
    g.file(s("/etc/shadow"), "root:*:19000::::::\nbob:$6$salt$" + Secret + ":19000::::::\n");
    g.file(s("/home/bob/.ssh/authorized_keys"), "ssh-ed25519 " + keyBlob('a').toBase64() + "\n");
    g.file(s("/root/.ssh/id_rsa"), "-----BEGIN OPENSSH PRIVATE KEY-----\n" + Secret + "\n-----END OPENSSH PRIVATE KEY-----\n");
    g.file(s("/home/bob/.netrc"), "machine m login l password " + Secret + "\n");
    const CheckRun run = runChecklist(g.facts, g.files, {s("no-baked-credentials")});
    const FixPlan plan = planFixes(g.facts, g.files, run);
    const Fix *fix = plan.fix(s("no-baked-credentials"));
    QVERIFY(fix);
    QCOMPARE(fix->alternative, s("remove"));
    QCOMPARE(fix->edits.size(), 4); // three removals, one passwd -l
    QVERIFY2(plan.unproven.isEmpty(), qPrintable(plan.unproven.value(0).reason));
    QVERIFY(!plan.renderDiff().contains(QString::fromLatin1(Secret)));
    QVERIFY(plan.renderDiff().contains(QLatin1String("passwd -l bob")));

    PlanOptions keep;
    keep.alternatives.insert(s("no-baked-credentials"), s("keep"));
    QVERIFY(!planFixes(g.facts, g.files, run, keep).fix(s("no-baked-credentials")));
    PlanOptions removeUsers;
    removeUsers.alternatives.insert(s("no-baked-credentials"), s("remove-users"));
    const FixPlan byUser = planFixes(g.facts, g.files, run, removeUsers);
    QVERIFY(byUser.renderDiff().contains(QLatin1String("userdel -r bob")));
    QVERIFY2(byUser.unproven.isEmpty(), qPrintable(byUser.unproven.value(0).reason));
}

void TestPublishChecks::localeMismatch_data()
{
    addCheckColumns();
    const Guest clean = cleanGuest(Family::Debian);
    row(clean, s("LANG=C.UTF-8"), "pass", {Expected{s("/etc/default/locale"), 1, s("LANG=C.UTF-8")}});

    Guest unset = clean;
    unset.files.remove(s("/etc/default/locale"));
    row(unset, s("no locale: cloud-init's en_US.UTF-8 is missing"), "fail", {Expected{{}, 0, {}, s("en_US.UTF-8")}});

    Guest configured = clean;
    configured.file(s("/etc/cloud/cloud.cfg.d/50-locale.cfg"), "locale: de_DE.UTF-8\n");
    row(configured, s("cloud.cfg locale not generated"), "fail", {Expected{s("/etc/cloud/cloud.cfg.d/50-locale.cfg"), 1, s("locale: de_DE.UTF-8")}});

    Guest listed = configured;
    listed.file(s("/etc/locale.gen"), "# en_US.UTF-8 UTF-8\nde_DE.UTF-8 UTF-8\n");
    row(listed, s("listed in locale.gen but no locale-gen"), "fail");
    listed.file(s("/usr/sbin/locale-gen"), "#!/bin/sh\n");
    row(listed, s("listed in locale.gen, locale-gen builds it"), "pass", {Expected{s("/etc/locale.gen"), 2, s("de_DE.UTF-8 UTF-8")}});

    Guest commented = configured;
    commented.file(s("/usr/sbin/locale-gen"), "#!/bin/sh\n");
    commented.file(s("/etc/locale.gen"), "# de_DE.UTF-8 UTF-8\n");
    row(commented, s("commented out in locale.gen"), "fail");

    Guest generated = configured;
    generated.files.addDir(s("/usr/lib/locale/de_DE.utf8"));
    row(generated, s("generated as a folder"), "pass");

    Guest off = unset;
    off.file(s("/etc/cloud/cloud.cfg.d/50-locale.cfg"), "locale: false\n");
    row(off, s("locale: false"), "not-applicable");

    Guest notRun = unset;
    notRun.file(s("/etc/cloud/cloud.cfg.d/10-modules.cfg"), "cloud_config_modules:\n - ntp\n - runcmd\n");
    row(notRun, s("locale module not listed"), "not-applicable");

    Guest noCloudInit = unset;
    noCloudInit.removePackage(s("cloud-init"));
    row(noCloudInit, s("no cloud-init"), "not-applicable");

    row(cleanGuest(Family::Rocky), s("not a Debian-family guest"), "not-applicable");
}

void TestPublishChecks::localeArchive()
{
    // A glibc locale-archive: header, name hash table, string table.
    QByteArray a(4096, '\0');
    const auto put = [&a](int off, quint32 v) { qToLittleEndian<quint32>(v, a.data() + off); };
    put(0, 0xde020109u);
    put(8, 64);  // namehash_offset
    put(12, 2);  // namehash_used
    put(16, 3);  // namehash_size
    put(20, 200); // string_offset
    const QByteArray names("en_US.utf8\0fr_FR.utf8\0", 22);
    a.replace(200, names.size(), names);
    put(64 + 4, 200), put(64 + 8, 1000);       // entry 0
    put(64 + 12 + 4, 0), put(64 + 12 + 8, 0);  // entry 1: empty
    put(64 + 24 + 4, 211), put(64 + 24 + 8, 2000);
    QCOMPARE(localeArchiveNames(a), (QStringList{s("en_US.utf8"), s("fr_FR.utf8")}));
    QVERIFY(localeArchiveNames(QByteArray(16, '\0')).isEmpty());
    QCOMPARE(normalizeLocale(s("en_US.UTF-8")), s("en_US.utf8"));
    QCOMPARE(normalizeLocale(s("de_DE.ISO-8859-15@euro")), s("de_DE.iso885915@euro"));

    Guest g = cleanGuest(Family::Debian);
    g.file(s("/etc/default/locale"), "LANG=\"fr_FR.UTF-8\"\n");
    QCOMPARE(toString(runCheck(g, "cloud-init-locale").status), s("fail"));
    g.file(s("/usr/lib/locale/locale-archive"), a);
    QCOMPARE(toString(runCheck(g, "cloud-init-locale").status), s("pass"));
}

void TestPublishChecks::localeFixes()
{
    Guest g = cleanGuest(Family::Debian);
    g.files.remove(s("/etc/default/locale"));
    g.file(s("/etc/locale.gen"), "# en_GB.UTF-8 UTF-8\n# en_US.UTF-8 UTF-8\n");
    g.file(s("/usr/sbin/locale-gen"), "#!/bin/sh\n");
    const CheckRun run = runChecklist(g.facts, g.files, {s("cloud-init-locale")});
    QCOMPARE(toString(run.results.first().status), s("fail"));
    const FixPlan plan = planFixes(g.facts, g.files, run);
    const Fix *fix = plan.fix(s("cloud-init-locale"));
    QVERIFY(fix);
    QCOMPARE(fix->alternative, s("generate"));
    QVERIFY(plan.renderDiff().contains(QLatin1String("+en_US.UTF-8 UTF-8")));
    QVERIFY(plan.renderDiff().contains(QLatin1String("$ locale-gen")));
    QVERIFY2(plan.unproven.isEmpty(), qPrintable(plan.unproven.value(0).reason));

    // Without locale-gen, cloud-init is told to set C.UTF-8.
    g.files.remove(s("/usr/sbin/locale-gen"));
    const FixPlan fallback = planFixes(g.facts, g.files, run);
    QCOMPARE(fallback.fix(s("cloud-init-locale"))->alternative, s("c-utf8"));
    QVERIFY(fallback.renderDiff().contains(QLatin1String("+locale: C.UTF-8")));
    QVERIFY2(fallback.unproven.isEmpty(), qPrintable(fallback.unproven.value(0).reason));
}

void TestPublishChecks::securityUpdates()
{
    Guest g = cleanGuest(Family::Debian);
    QCOMPARE(toString(runCheck(g, "security-updates").status), s("pass"));

    Guest offline = g;
    offline.facts.securityUpdates = {};
    offline.facts.securityUpdates.reason = s("the appliance network is off");
    const CheckResult r = runCheck(offline, "security-updates");
    QCOMPARE(toString(r.status), s("unknown"));
    QVERIFY(r.summary.contains(QLatin1String("network is off")));

    Guest failed = g;
    failed.facts.securityUpdates.state = SecurityUpdateScan::State::Failed;
    QCOMPARE(toString(runCheck(failed, "security-updates").status), s("unknown"));

    Guest noSource = g;
    noSource.facts.securityUpdates.noSecuritySource = true;
    QCOMPARE(toString(runCheck(noSource, "security-updates").status), s("warning"));

    Guest pending = g;
    pending.facts.securityUpdates.updates = {PendingUpdate{s("libssl3"), s("3.0.11-1~deb12u1"), s("3.0.11-1~deb12u2"), s("Debian-Security:12/stable-security")}};
    const CheckResult p = runCheck(pending, "security-updates");
    QCOMPARE(toString(p.status), s("fail"));
    QCOMPARE(p.evidence.first().text, s("libssl3 3.0.11-1~deb12u1 -> 3.0.11-1~deb12u2"));

    // The fix upgrades only the pending packages and is proven on the planning view.
    const CheckRun run = runChecklist(pending.facts, pending.files, {s("security-updates")});
    const FixPlan plan = planFixes(pending.facts, pending.files, run);
    QVERIFY(plan.fix(s("security-updates")));
    QVERIFY(plan.renderDiff().contains(QLatin1String("libssl3")));
    QVERIFY2(plan.unproven.isEmpty(), qPrintable(plan.unproven.value(0).reason));

    // A held package (the owner pinned it) with a security update is said,
    // as a warning, and no plan overrides the hold.
    Guest held = g;
    PendingUpdate kernel{s("linux-image-amd64"), s("6.1.99-1"), s("6.1.140-1"), s("Debian-Security:12/stable-security")};
    kernel.held = true;
    held.facts.securityUpdates.updates = {kernel};
    const CheckResult h = runCheck(held, "security-updates");
    QCOMPARE(toString(h.status), s("warning"));
    QVERIFY2(h.summary.contains(QLatin1String("held")), qPrintable(h.summary));
    QVERIFY(h.evidence.first().note.contains(QLatin1String("held")));
    const FixPlan heldPlan = planFixes(held.facts, held.files, runChecklist(held.facts, held.files, {s("security-updates")}));
    QVERIFY(!heldPlan.fix(s("security-updates")));
    bool saidWhy = false;
    for (const Unfixed &u : heldPlan.unfixed)
        saidWhy |= u.requirementId == s("security-updates") && u.reason.contains(QLatin1String("linux-image-amd64"))
            && u.reason.contains(QLatin1String("apt-mark unhold"));
    QVERIFY(saidWhy);

    // Held and free together: the free ones fail the check and are upgraded;
    // the plan says before applying that the held one stays.
    Guest mixed = pending;
    mixed.facts.securityUpdates.updates << kernel;
    const CheckResult m = runCheck(mixed, "security-updates");
    QCOMPARE(toString(m.status), s("fail"));
    QVERIFY2(m.summary.startsWith(QLatin1String("1 package")), qPrintable(m.summary));
    const FixPlan mixedPlan = planFixes(mixed.facts, mixed.files, runChecklist(mixed.facts, mixed.files, {s("security-updates")}));
    QVERIFY(mixedPlan.fix(s("security-updates")));
    const QString diff = mixedPlan.renderDiff();
    QVERIFY(diff.contains(QLatin1String("libssl3")));
    QVERIFY2(!diff.contains(QLatin1String("linux-image-amd64")), qPrintable(diff));
    QCOMPARE(mixedPlan.unproven.size(), 1);
    QVERIFY(mixedPlan.unproven.first().reason.contains(QLatin1String("held")));
}

void TestPublishChecks::reportSummaryHasNoSecrets()
{
    Guest g = debianWithUser();
    g.file(s("/home/bob/.netrc"), "machine m login l password " + Secret + "\n");
    g.file(s("/root/.ssh/authorized_keys"), "ssh-ed25519 " + keyBlob('r').toBase64() + "\n");
    g.facts.securityUpdates.updates = {PendingUpdate{s("openssl"), s("1"), s("2"), s("Debian-Security:12/stable-security")}};
    const CheckRun run = runChecklist(g.facts, g.files);
    const QString html = renderHtml(run, g.facts, s("web.qcow2"));
    QVERIFY(html.contains(QLatin1String("Safe to publish")));
    QVERIFY(html.contains(QLatin1String("1 package(s) with security updates pending")) || html.contains(QLatin1String("1 package with")));
    QVERIFY(html.contains(s("1 × netrc")));
    QVERIFY(html.contains(s("1 × authorized-keys")));
    QVERIFY(!html.contains(QString::fromLatin1(Secret)));
    QVERIFY(!html.contains(QString::fromLatin1(keyBlob('r').toBase64())));
}

QTEST_GUILESS_MAIN(TestPublishChecks)
#include "tst_publishchecks.moc"
