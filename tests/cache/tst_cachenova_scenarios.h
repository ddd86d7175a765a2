// The scenario folders of tst_cachenova, one per rule of Nova's image cache
// manager (issue 16). Included by tst_cachenova.cpp only.
#pragma once

namespace {

const double day = 86400;
const double hour = 3600;
QString fp(const char *imageId) { return sha1(QString::fromLatin1(imageId)); }
QString uuid(int n) { return QStringLiteral("%1-0000-4000-8000-000000000000").arg(n, 8, 10, QLatin1Char('0')); }
const QByteArray defaults = "[DEFAULT]\nmy_ip = 10.0.0.1\n";

} // namespace

void TestCacheNova::buildScenarios(const QString &dir, QList<Scenario> *out)
{
    {   // 1. ephemeral files: in use through a flavor's ephemeral disk, else aged like originals
        Scenario s(dir, QStringLiteral("ephemeral"), Source::Xml, defaults);
        s.cached(QStringLiteral("ephemeral_1_0706d66"), 3 * day);
        s.cached(QStringLiteral("ephemeral_2_0706d66"), 3 * day);
        s.cached(QStringLiteral("ephemeral_3_abcdefg"), hour);
        s.cached(QStringLiteral("ephemeral_4_abcdef"), 3 * day);
        s.cached(fp("img-a"), 3 * day);
        s.disk(uuid(1), QStringLiteral("disk"), s.basePath(fp("img-a")));
        s.instance({uuid(1), QStringLiteral("img-a"), {}, {}, {}, 0, 1});
        out->append(s);
    }
    {   // 2. image_ref keeps files without any backing file (raw disks)
        Scenario s(dir, QStringLiteral("image-ref"), Source::Json, defaults);
        for (const QString &f : {fp("img-a"), fp("img-a") + QStringLiteral("_10737418240"), fp("img-a") + QStringLiteral("_sm"), fp("img-b")})
            s.cached(f, 5 * day);
        s.disk(uuid(1), QStringLiteral("disk"));
        s.instance({uuid(1), QStringLiteral("img-a")});
        out->append(s);
    }
    {   // 3. kernel and ramdisk: named by id in the list, or recognised by bytes (libvirt XML)
        Scenario s(dir, QStringLiteral("kernel-xml"), Source::Xml, defaults);
        s.cached(fp("img-k"), 5 * day, "kernel bytes");
        s.cached(fp("img-r"), 5 * day, "ramdisk bytes");
        s.cached(fp("img-x"), 5 * day, "other bytes!");
        s.cached(fp("img-a"), 5 * day);
        s.disk(uuid(1), QStringLiteral("disk"), s.basePath(fp("img-a")));
        s.file(uuid(1) + QStringLiteral("/kernel"), "kernel bytes");
        s.file(uuid(1) + QStringLiteral("/ramdisk"), "ramdisk bytes");
        s.instance({uuid(1), QStringLiteral("img-a"), QStringLiteral("img-k"), QStringLiteral("img-r")});
        out->append(s);
    }
    {
        Scenario s(dir, QStringLiteral("kernel-json"), Source::Json, defaults);
        s.cached(fp("img-k"), 5 * day, "kernel bytes");
        s.cached(fp("img-r"), 5 * day, "ramdisk bytes");
        s.cached(fp("img-a"), 5 * day);
        s.disk(uuid(1), QStringLiteral("disk"));
        s.instance({uuid(1), QStringLiteral("img-a"), QStringLiteral("img-k"), QStringLiteral("img-r")});
        out->append(s);
    }
    {   // 4. folders that are not listed instances keep nothing
        Scenario s(dir, QStringLiteral("unlisted-folders"), Source::Json, defaults);
        for (const char *img : {"img-a", "img-b", "img-c", "img-d"})
            s.cached(fp(img), 5 * day);
        s.disk(uuid(1), QStringLiteral("disk"), s.basePath(fp("img-a")));
        s.disk(uuid(2), QStringLiteral("disk"), s.basePath(fp("img-b")));          // deleted instance
        s.disk(uuid(1) + QStringLiteral("_del"), QStringLiteral("disk"), s.basePath(fp("img-c")));
        s.disk(uuid(1) + QStringLiteral("_resize"), QStringLiteral("disk"), s.basePath(fp("img-d")));
        s.instance({uuid(1), QString()});
        out->append(s);
    }
    {   // 5. <uuid>_resize counts while the instance is resizing
        Scenario s(dir, QStringLiteral("resizing"), Source::Json, defaults);
        s.cached(fp("img-a"), 5 * day);
        s.cached(fp("img-e"), 5 * day);
        s.disk(uuid(1), QStringLiteral("disk"), s.basePath(fp("img-a")));
        s.disk(uuid(1) + QStringLiteral("_resize"), QStringLiteral("disk"), s.basePath(fp("img-e")));
        Instance i{uuid(1), QString()};
        i.taskState = QStringLiteral("resize_migrated");
        s.instance(i);
        out->append(s);
    }
    {   // 6. only the immediate backing file of <instance>/disk
        Scenario s(dir, QStringLiteral("immediate-only"), Source::Xml, defaults);
        for (const char *img : {"img-f", "img-g", "img-h", "img-i"})
            s.cached(fp(img), 5 * day);
        s.disk(uuid(1), QStringLiteral("overlay"), s.basePath(fp("img-f")));
        s.disk(uuid(1), QStringLiteral("disk"), s.instances() + QLatin1Char('/') + uuid(1) + QStringLiteral("/overlay"));
        s.disk(uuid(1), QStringLiteral("disk.local"), s.basePath(fp("img-g")));
        s.disk(uuid(1), QStringLiteral("disk.rescue"), s.basePath(fp("img-h")));
        s.instance({uuid(1), QString()});
        out->append(s);
    }
    {   // 7. grouping: _<digits> and _sm only; .info files
        Scenario s(dir, QStringLiteral("suffixes"), Source::Xml, defaults);
        const QString a = fp("img-a");
        for (const QString &suffix : {QString(), QStringLiteral("_123"), QStringLiteral("_sm"), QStringLiteral("_abc"),
                                      QStringLiteral("_1"), QStringLiteral("_5.info"), QStringLiteral(".info"),
                                      QStringLiteral("_sm.info"), QStringLiteral("_12x")})
            s.cached(a + suffix, 2 * hour);
        s.cached(fp("img-b") + QStringLiteral("_77"), 2 * hour);
        s.cached(fp("img-b") + QStringLiteral("_78"), 0.5 * hour);
        s.disk(uuid(1), QStringLiteral("disk"));
        s.instance({uuid(1), QStringLiteral("img-a")});
        out->append(s);
    }
    {   // 8. subdirectory_name = _base_$my_ip
        Scenario s(dir, QStringLiteral("my-ip"), Source::Json,
                   "[DEFAULT]\nmy_ip = 10.9.8.7\n[image_cache]\nsubdirectory_name = _base_$my_ip\n",
                   QStringLiteral("_base_10.9.8.7"));
        s.cached(fp("img-a"), 5 * day);
        s.cached(fp("img-b"), 5 * day);
        s.instance({uuid(1), QStringLiteral("img-a")});
        out->append(s);
    }
    {   // 9. ${host} from this machine, an int with underscores
        Scenario s(dir, QStringLiteral("host-int"), Source::Json,
                   "[image_cache]\nsubdirectory_name = ${host}_cache\n"
                   "remove_unused_original_minimum_age_seconds = 3_600\n",
                   QSysInfo::machineHostName() + QStringLiteral("_cache"));
        s.cached(fp("img-a"), 3700);
        s.cached(fp("img-b"), 3500);
        out->append(s);
    }
    {   // 10. a chain of defaults: $my_block_storage_ip -> $my_ip; deprecated names
        Scenario s(dir, QStringLiteral("chained-defaults"), Source::Xml,
                   "[DEFAULT]\nmy_ip = 10.0.0.5\nimage_cache_subdirectory_name = c_$my_block_storage_ip\n"
                   "[libvirt]\nremove_unused_resized_minimum_age_seconds = 7200\n",
                   QStringLiteral("c_10.0.0.5"));
        s.cached(fp("img-a") + QStringLiteral("_5"), 1.5 * hour);
        s.cached(fp("img-a") + QStringLiteral("_6"), 2.5 * hour);
        out->append(s);
    }
    {   // 10b. ${state_path} set in nova.conf
        Scenario s(dir, QStringLiteral("state-path"), Source::Json,
                   "[DEFAULT]\nstate_path = nova\n[image_cache]\nsubdirectory_name = _b_${state_path}\n",
                   QStringLiteral("_b_nova"));
        s.cached(fp("img-a"), 5 * day);
        s.cached(fp("img-b"), 5 * day);
        s.disk(uuid(1), QStringLiteral("disk"), s.basePath(fp("img-b")));
        s.instance({uuid(1), QString()});
        out->append(s);
    }
    {   // 11. a listed instance's unreadable disk: InvalidDiskInfo, nothing removed
        Scenario s(dir, QStringLiteral("broken-listed"), Source::Json, defaults);
        s.cached(fp("img-a"), 5 * day);
        s.cached(QStringLiteral("swap_9"), 5 * day);
        s.file(uuid(1) + QStringLiteral("/disk"), QByteArray("QFI\xfb\x00\x00\x00\x03garbage", 18));
        s.instance({uuid(1), QString()});
        out->append(s);
    }
    {   // 12. the same disk in an unlisted folder changes nothing
        Scenario s(dir, QStringLiteral("broken-unlisted"), Source::Json, defaults);
        s.cached(fp("img-a"), 5 * day);
        s.file(uuid(2) + QStringLiteral("/disk"), QByteArray("QFI\xfb\x00\x00\x00\x03garbage", 18));
        s.instance({uuid(1), QString()});
        out->append(s);
    }
    {   // 13. float ages: 0.4 ms under the limit is kept
        Scenario s(dir, QStringLiteral("float-age"), Source::Json, defaults);
        s.cached(fp("img-a"), day - 0.0004);
        s.cached(fp("img-b"), day + 0.0004);
        s.cached(fp("img-c"), day);
        s.cached(fp("img-c") + QStringLiteral("_9"), hour - 0.0004);
        out->append(s);
    }
    {   // 14. swap_ with Python's isdigit(); swap in use through the flavor
        Scenario s(dir, QStringLiteral("swap"), Source::Xml, defaults);
        s.cached(QStringLiteral("swap_5"), 5 * day);
        s.cached(QString::fromUtf8("swap_\u0661\u0662"), 5 * day);
        s.cached(QString::fromUtf8("swap_\u00b2"), 5 * day);
        s.cached(QStringLiteral("swap_x"), 5 * day);
        s.cached(QStringLiteral("swap_10"), hour);
        s.cached(QStringLiteral("swap_05"), 5 * day);
        s.disk(uuid(1), QStringLiteral("disk"));
        s.instance({uuid(1), QString(), {}, {}, {}, 5, 0});
        out->append(s);
    }
    {   // 15. raw root disks (images_type=raw) are normal
        Scenario s(dir, QStringLiteral("raw-root"), Source::Xml, defaults);
        s.cached(fp("img-a"), 5 * day);
        s.cached(fp("img-b"), 5 * day);
        s.disk(uuid(1), QStringLiteral("disk"));
        s.disk(uuid(2), QStringLiteral("disk"));
        s.instance({uuid(1), QStringLiteral("img-a")});
        s.instance({uuid(2), QStringLiteral("img-a")});
        out->append(s);
    }
    {   // 16. remove_unused_base_images = False
        Scenario s(dir, QStringLiteral("no-removal"), Source::Json,
                   "[image_cache]\nremove_unused_base_images = false\n");
        s.cached(fp("img-a"), 5 * day);
        s.cached(fp("img-b"), 5 * day);
        s.cached(QStringLiteral("swap_1"), 5 * day);
        s.instance({uuid(1), QStringLiteral("img-a")});
        out->append(s);
    }
    {   // 17. a backing file on another path matches the cache file by name
        Scenario s(dir, QStringLiteral("by-name"), Source::Xml, defaults);
        s.cached(fp("img-m"), 5 * day);
        QDir().mkpath(dir + QStringLiteral("/othernode/_base"));
        Scenario::write(dir + QStringLiteral("/othernode/_base/") + fp("img-m"), "base");
        s.disk(uuid(1), QStringLiteral("disk"), dir + QStringLiteral("/othernode/_base/") + fp("img-m"));
        s.instance({uuid(1), QString()});
        out->append(s);
    }
}
