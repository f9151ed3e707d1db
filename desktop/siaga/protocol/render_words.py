"""The words of a rendered report, in every language reports are read in.

The headings, the sentence that flags an identity a message claims differently, the
note that names the language free text is written in, and the note beside texts no
native speaker has checked yet. Codes' labels are the codebook's; names of countries and
languages, and dates, come from CLDR (``base/cldr.py``). The texts beyond English and
Indonesian are drafts like the codebook's language files (docs/LANGUAGES.md).
"""

from __future__ import annotations

HEADINGS: dict[str, dict[str, str]] = {
    "type": {"en": "Message type", "id": "Jenis pesan", "ms": "Jenis mesej", "th": "ประเภทข้อความ",
             "vi": "Loại thông điệp", "fil": "Uri ng mensahe", "km": "ប្រភេទសារ", "lo": "ປະເພດຂໍ້ຄວາມ",
             "my": "စာအမျိုးအစား"},
    "station": {"en": "Reporting station", "id": "Stasiun pelapor", "ms": "Stesen pelapor",
                "th": "สถานีที่รายงาน", "vi": "Trạm báo cáo", "fil": "Istasyong nag-ulat",
                "km": "ស្ថានីយរាយការណ៍", "lo": "ສະຖານີທີ່ລາຍງານ", "my": "သတင်းပို့သည့်စခန်း"},
    "claims": {"en": "Identity mismatch", "id": "Identitas tidak cocok", "ms": "Identiti tidak sepadan",
               "th": "ตัวตนไม่ตรงกัน", "vi": "Danh tính không khớp", "fil": "Hindi tugma ang pagkakakilanlan",
               "km": "អត្តសញ្ញាណមិនត្រូវគ្នា", "lo": "ຕົວຕົນບໍ່ກົງກັນ", "my": "အထောက်အထား မကိုက်ညီပါ"},
    "reported_at": {"en": "Reported at (UTC)", "id": "Dilaporkan pada (UTC)", "ms": "Dilaporkan pada (UTC)",
                    "th": "รายงานเมื่อ (UTC)", "vi": "Thời điểm báo cáo (UTC)", "fil": "Iniulat noong (UTC)",
                    "km": "រាយការណ៍នៅ (UTC)", "lo": "ລາຍງານເມື່ອ (UTC)", "my": "သတင်းပို့သည့်အချိန် (UTC)"},
    "in_reply_to": {"en": "In reply to", "id": "Membalas", "ms": "Membalas", "th": "ตอบกลับ",
                    "vi": "Trả lời cho", "fil": "Tugon sa", "km": "ឆ្លើយតបនឹង", "lo": "ຕອບກັບ",
                    "my": "ပြန်စာပေးသည့်စာ"},
    "code": {"en": "Incident", "id": "Insiden", "ms": "Insiden", "th": "เหตุการณ์", "vi": "Sự cố",
             "fil": "Insidente", "km": "ឧប្បត្តិហេតុ", "lo": "ເຫດການ", "my": "ဖြစ်ရပ်"},
    "severity": {"en": "Severity", "id": "Tingkat keparahan", "ms": "Tahap keterukan", "th": "ระดับความรุนแรง",
                 "vi": "Mức độ nghiêm trọng", "fil": "Tindi", "km": "កម្រិតធ្ងន់ធ្ងរ", "lo": "ລະດັບຄວາມຮ້າຍແຮງ",
                 "my": "ပြင်းထန်မှုအဆင့်"},
    "tlp": {"en": "Sharing (TLP)", "id": "Berbagi (TLP)", "ms": "Perkongsian (TLP)", "th": "การแบ่งปัน (TLP)",
            "vi": "Chia sẻ (TLP)", "fil": "Pagbabahagi (TLP)", "km": "ការចែករំលែក (TLP)", "lo": "ການແບ່ງປັນ (TLP)",
            "my": "မျှဝေခြင်း (TLP)"},
    "pap": {"en": "Permitted actions (PAP)", "id": "Tindakan yang diizinkan (PAP)",
            "ms": "Tindakan yang dibenarkan (PAP)", "th": "การดำเนินการที่อนุญาต (PAP)",
            "vi": "Hành động được phép (PAP)", "fil": "Mga pinahihintulutang aksyon (PAP)",
            "km": "សកម្មភាពដែលអនុញ្ញាត (PAP)", "lo": "ການກະທຳທີ່ອະນຸຍາດ (PAP)",
            "my": "ခွင့်ပြုထားသော လုပ်ဆောင်ချက်များ (PAP)"},
    "scope": {"en": "Scope", "id": "Cakupan", "ms": "Skop", "th": "ขอบเขต", "vi": "Phạm vi", "fil": "Saklaw",
              "km": "វិសាលភាព", "lo": "ຂອບເຂດ", "my": "နယ်ပယ်"},
    "countries": {"en": "Countries", "id": "Negara", "ms": "Negara", "th": "ประเทศ", "vi": "Quốc gia",
                  "fil": "Mga bansa", "km": "ប្រទេស", "lo": "ປະເທດ", "my": "နိုင်ငံများ"},
    "observed_at": {"en": "Observed at (UTC)", "id": "Diamati pada (UTC)", "ms": "Diperhatikan pada (UTC)",
                    "th": "พบเมื่อ (UTC)", "vi": "Thời điểm phát hiện (UTC)", "fil": "Napansin noong (UTC)",
                    "km": "បានសង្កេតឃើញនៅ (UTC)", "lo": "ພົບເຫັນເມື່ອ (UTC)", "my": "တွေ့ရှိသည့်အချိန် (UTC)"},
    "summary": {"en": "Summary", "id": "Ringkasan", "ms": "Ringkasan", "th": "สรุป", "vi": "Tóm tắt",
                "fil": "Buod", "km": "សេចក្តីសង្ខេប", "lo": "ສະຫຼຸບ", "my": "အကျဉ်းချုပ်"},
    "observations": {"en": "What was observed", "id": "Yang diamati", "ms": "Apa yang diperhatikan",
                     "th": "สิ่งที่พบ", "vi": "Những gì quan sát được", "fil": "Mga napansin",
                     "km": "អ្វីដែលបានសង្កេតឃើញ", "lo": "ສິ່ງທີ່ພົບເຫັນ", "my": "တွေ့ရှိချက်များ"},
    "sectors": {"en": "Sectors affected", "id": "Sektor terdampak", "ms": "Sektor terjejas",
                "th": "ภาคส่วนที่ได้รับผลกระทบ", "vi": "Lĩnh vực bị ảnh hưởng", "fil": "Mga apektadong sektor",
                "km": "វិស័យដែលរងផលប៉ះពាល់", "lo": "ຂະແໜງການທີ່ໄດ້ຮັບຜົນກະທົບ", "my": "ထိခိုက်သည့်ကဏ္ဍများ"},
    "functional": {"en": "Functional impact", "id": "Dampak fungsional", "ms": "Kesan terhadap operasi",
                   "th": "ผลกระทบต่อการทำงาน", "vi": "Ảnh hưởng đến hoạt động", "fil": "Epekto sa operasyon",
                   "km": "ផលប៉ះពាល់លើដំណើរការ", "lo": "ຜົນກະທົບຕໍ່ການເຮັດວຽກ",
                   "my": "လုပ်ငန်းဆောင်ရွက်မှုအပေါ် သက်ရောက်မှု"},
    "information": {"en": "Information impact", "id": "Dampak informasi", "ms": "Kesan terhadap maklumat",
                    "th": "ผลกระทบต่อข้อมูล", "vi": "Ảnh hưởng đến thông tin", "fil": "Epekto sa impormasyon",
                    "km": "ផលប៉ះពាល់លើព័ត៌មាន", "lo": "ຜົນກະທົບຕໍ່ຂໍ້ມູນ",
                    "my": "သတင်းအချက်အလက်အပေါ် သက်ရောက်မှု"},
    "recoverability": {"en": "Recoverability", "id": "Pemulihan", "ms": "Pemulihan", "th": "การกู้คืน",
                       "vi": "Khả năng khôi phục", "fil": "Pagbawi", "km": "លទ្ធភាពស្ដារឡើងវិញ", "lo": "ການກູ້ຄືນ",
                       "my": "ပြန်လည်ထူထောင်နိုင်မှု"},
    "indicators": {"en": "Indicators", "id": "Indikator", "ms": "Penunjuk", "th": "ตัวบ่งชี้", "vi": "Chỉ báo",
                   "fil": "Mga palatandaan", "km": "សូចនាករ", "lo": "ຕົວຊີ້ບອກ", "my": "ညွှန်ပြချက်များ"},
    "narrative": {"en": "Narrative", "id": "Uraian", "ms": "Huraian", "th": "รายละเอียด", "vi": "Mô tả chi tiết",
                  "fil": "Salaysay", "km": "ការពិពណ៌នា", "lo": "ລາຍລະອຽດ", "my": "အသေးစိတ်ဖော်ပြချက်"},
    "status": {"en": "Status", "id": "Status", "ms": "Status", "th": "สถานะ", "vi": "Trạng thái",
               "fil": "Katayuan", "km": "ស្ថានភាព", "lo": "ສະຖານະ", "my": "အခြေအနေ"},
    "note": {"en": "Note", "id": "Catatan", "ms": "Catatan", "th": "หมายเหตุ", "vi": "Ghi chú", "fil": "Tala",
             "km": "កំណត់ចំណាំ", "lo": "ໝາຍເຫດ", "my": "မှတ်ချက်"},
    "codebook": {"en": "Codebook", "id": "Buku kode", "ms": "Buku kod", "th": "สมุดรหัส", "vi": "Bộ mã",
                 "fil": "Aklat ng mga code", "km": "សៀវភៅកូដ", "lo": "ປຶ້ມລະຫັດ", "my": "ကုဒ်စာအုပ်"},
    "seen_count": {"en": "Times seen", "id": "Berapa kali terlihat", "ms": "Bilangan kali dilihat",
                   "th": "จำนวนครั้งที่พบ", "vi": "Số lần phát hiện", "fil": "Ilang beses nakita",
                   "km": "ចំនួនដងដែលឃើញ", "lo": "ຈຳນວນເທື່ອທີ່ພົບ", "my": "တွေ့ရှိသည့်အကြိမ်ရေ"},
    "seen_from": {"en": "First seen (UTC)", "id": "Pertama terlihat (UTC)", "ms": "Pertama dilihat (UTC)",
                  "th": "พบครั้งแรก (UTC)", "vi": "Phát hiện lần đầu (UTC)", "fil": "Unang nakita (UTC)",
                  "km": "ឃើញដំបូង (UTC)", "lo": "ພົບຄັ້ງທຳອິດ (UTC)", "my": "ပထမဆုံးတွေ့ရှိချိန် (UTC)"},
    "seen_until": {"en": "Last seen (UTC)", "id": "Terakhir terlihat (UTC)", "ms": "Terakhir dilihat (UTC)",
                   "th": "พบครั้งล่าสุด (UTC)", "vi": "Phát hiện lần cuối (UTC)", "fil": "Huling nakita (UTC)",
                   "km": "ឃើញចុងក្រោយ (UTC)", "lo": "ພົບຄັ້ງຫຼ້າສຸດ (UTC)", "my": "နောက်ဆုံးတွေ့ရှိချိန် (UTC)"},
}

#: the sentence that flags a message whose content names another station than the directory does
MISMATCH = {
    "en": "the message claims {claimed}; the directory says {directory}",
    "id": "pesan mengaku {claimed}; direktori mencatat {directory}",
    "ms": "mesej mendakwa {claimed}; direktori mencatat {directory}",
    "th": "ข้อความอ้างว่าเป็น {claimed} แต่สมุดรายชื่อระบุว่า {directory}",
    "vi": "thông điệp tự nhận là {claimed}; danh bạ ghi {directory}",
    "fil": "sinasabi ng mensahe na {claimed}; ayon sa direktoryo ay {directory}",
    "km": "សារអះអាងថា {claimed}; បញ្ជីឈ្មោះកត់ត្រាថា {directory}",
    "lo": "ຂໍ້ຄວາມອ້າງວ່າ {claimed}; ລາຍຊື່ບັນທຶກວ່າ {directory}",
    "my": "စာတွင် {claimed} ဟုဆိုထားသည်; လမ်းညွှန်တွင် {directory} ဟုမှတ်ထားသည်",
}

#: a free-text heading with the language its author wrote in ("Summary (written in Thai)")
WRITTEN_IN = {
    "en": "{heading} (written in {language})",
    "id": "{heading} (ditulis dalam bahasa {language})",
    "ms": "{heading} (ditulis dalam bahasa {language})",
    "th": "{heading} (เขียนเป็นภาษา{language})",
    "vi": "{heading} (viết bằng {language})",
    "fil": "{heading} (nakasulat sa {language})",
    "km": "{heading} (សរសេរជាភាសា{language})",
    "lo": "{heading} (ຂຽນເປັນພາສາ{language})",
    "my": "{heading} ({language}ဘာသာဖြင့် ရေးထားသည်)",
}

#: the small note beside texts in a language whose codebook file no native speaker has reviewed yet
DRAFT_NOTE = {
    "en": "Draft translation: not yet checked by a native speaker.",
    "id": "Terjemahan draf: belum diperiksa oleh penutur asli.",
    "ms": "Terjemahan draf: belum disemak oleh penutur asli.",
    "th": "คำแปลฉบับร่าง: ยังไม่ได้ตรวจโดยเจ้าของภาษา",
    "vi": "Bản dịch nháp: chưa được người bản ngữ kiểm tra.",
    "fil": "Draft na salin: hindi pa nasusuri ng katutubong nagsasalita.",
    "km": "ការបកប្រែព្រាង៖ មិនទាន់ត្រួតពិនិត្យដោយអ្នកនិយាយភាសាកំណើតទេ។",
    "lo": "ຄຳແປສະບັບຮ່າງ: ຍັງບໍ່ໄດ້ກວດໂດຍເຈົ້າຂອງພາສາ.",
    "my": "ဘာသာပြန်မူကြမ်း- မိခင်ဘာသာစကားပြောသူ မစစ်ဆေးရသေးပါ။",
}

#: a code line's incident prefix: what it points to
INCIDENT_FIRST = {
    "en": "the incident's first report",
    "id": "laporan pertama insiden ini",
    "ms": "laporan pertama insiden ini",
    "th": "รายงานฉบับแรกของเหตุการณ์นี้",
    "vi": "báo cáo đầu tiên của sự cố này",
    "fil": "unang ulat ng insidenteng ito",
    "km": "របាយការណ៍ដំបូងនៃឧប្បត្តិហេតុនេះ",
    "lo": "ລາຍງານທຳອິດຂອງເຫດການນີ້",
    "my": "ဤဖြစ်ရပ်၏ ပထမဆုံးအစီရင်ခံစာ",
}
