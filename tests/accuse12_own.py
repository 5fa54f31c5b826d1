"""Sentences written for the twelfth round's accusation work (i11accuse12), from the
guidelines' accusation classes and the shapes journalists use for them, before any rule was
written; none is taken from a benchmark set. Each item: the article's sentences up to the
one read, its language, and the label the guidelines give the last sentence. Used by
tests/test_proposal_accuse12.py and to count how many the tool reads right."""

from __future__ import annotations

# a wrongful act stated without an accusation word, in the many shapes of reported speech
STATED_EN = [
    "Residents say the plant has been dumping waste into the creek for months.",
    "The report found the firm had overbilled the health service by £2 million.",
    "The lawsuit claims the developer pocketed tenants' deposits.",
    "According to the union, the company fired 12 workers for joining the union.",
    "Twelve workers were fired for joining the union, the union said.",
    "Parents said the headteacher had taken money from the school trip fund.",
    "\"They took our land and never paid us a cent,\" said farmer Joseph Mwangi.",
    "Villagers said they fell sick after the plant began dumping chemicals in the river.",
    "The audit found that the mayor's office paid £300,000 to a firm that did no work.",
    "Nurses told reporters the hospital had forged patients' charts to hide the errors.",
    "Campaigners said it was the council's contractor who had been tipping rubble in the "
    "woods.",
    "Former employees said managers pocketed the tips meant for waiting staff.",
    "The inspectors' report said the care home left residents in soiled sheets for hours.",
    "Tenants said Marlow Homes kept their deposits after they moved out.",
    "The overbilling by Crestline Health cost taxpayers £4 million, the auditor said.",
    "Shareholders say the board hid losses of $40 million from investors.",
    "Witnesses said police officers beat the protesters with batons.",
    "The farmers said the company bulldozed their crops without warning.",
    "Mrs Okafor said the agency charged her £900 in fees it never disclosed.",
    "Drivers say the firm docked their pay whenever a delivery was late.",
    "The families said the home's staff had locked residents in their rooms at night.",
    "Investigators found the supplier had mixed horse meat into the beef burgers.",
]

STATED_ID = [
    "Warga menyebut pabrik itu membuang limbah ke sungai setiap malam.",
    "Menurut warga, kepala desa memotong dana bansos sebesar Rp 100.000 per keluarga.",
    "Dana itu diduga diselewengkan oleh bendahara koperasi.",
    "Sejumlah guru mengatakan kepala sekolah meminta setoran dari dana sertifikasi mereka.",
    "Laporan BPK menemukan Dinas PUPR membayar proyek jalan yang tidak pernah dikerjakan.",
    "Gugatan itu menyebut pengembang menjual lahan yang sama kepada dua pembeli.",
    "\"Mereka merampas tanah kami tanpa ganti rugi,\" kata Sumarni, warga Desa Kedungrejo.",
    "Warga mengatakan mereka jatuh sakit setelah pabrik mulai membuang limbah ke sungai.",
    "Sebanyak 12 buruh dipecat karena bergabung dengan serikat pekerja, kata Ketua SPSI "
    "Andi Wijaya.",
    "Para pedagang mengatakan petugas pasar memungut uang keamanan tanpa karcis.",
    "Petani mengatakan perusahaan sawit itu menggusur kebun mereka tanpa pemberitahuan.",
    "Kuasa hukum korban menyatakan polisi menyiksa kliennya selama pemeriksaan.",
    "Warga menuturkan aparat desa menjual tanah kas desa kepada pengembang tanpa "
    "musyawarah.",
    "Penyelewengan dana desa oleh kepala desa itu merugikan warga hingga Rp 800 juta, "
    "kata Inspektorat.",
    "Para nelayan mengatakan kapal pukat milik PT Samudra Jaya merusak jaring mereka.",
    "Ia menyebut oknum polisi meminta uang Rp 5 juta agar kasus anaknya dihentikan.",
    "Buruh mengatakan upah mereka dipotong tanpa alasan oleh mandor.",
    "Siswa mengaku dipukul oleh guru olahraga karena terlambat.",
    "Menurut para sopir, perusahaan memotong gaji mereka setiap kali pengiriman terlambat.",
    "Keluarga pasien mengatakan rumah sakit menahan jenazah karena biaya belum dilunasi.",
    "Hasil audit menemukan pemasok mencampur daging babi ke dalam bakso sapi.",
    "\"Uang kami dipotong tiap bulan tanpa penjelasan,\" ujar Rahmat, seorang buruh "
    "pabrik.",
]

# enforcement that names a party with a stated violation: an accusation by the body acting
ENFORCED_EN = [
    "The Environment Agency fined Greenvale Dairy £250,000 for polluting the River Lune.",
    "Regulators ordered Harwick Lending to repay £3 million it had overcharged borrowers.",
    "The council served an enforcement notice on Northgate Quarry for breaching its "
    "working hours.",
    "The tribunal found that Brightway had unfairly dismissed the two drivers.",
    "The watchdog found Crestline Health had breached its licence conditions.",
    "The Care Quality Commission rated the home inadequate after finding residents had "
    "been left without water.",
]

ENFORCED_ID = [
    "KPK menetapkan Bupati Sukamaju sebagai tersangka suap proyek jalan.",
    "Dinas Lingkungan Hidup menjatuhkan sanksi administratif kepada PT Sinar Abadi karena "
    "membuang limbah tanpa izin.",
    "Ombudsman menyatakan Dinas Kependudukan melakukan maladministrasi dalam penerbitan "
    "KTP.",
    "Bawaslu memberikan teguran tertulis kepada calon bupati itu karena berkampanye di "
    "sekolah.",
    "Pengadilan memutuskan PT Sinar Abadi terbukti mencemari Sungai Citarum.",
    "Inspektorat menyimpulkan bendahara desa menyalahgunakan dana desa senilai Rp 400 "
    "juta.",
]

# enforcement in more shapes, written in a second batch before any rule for them
ENFORCED_MORE = [
    ("Polisi menetapkan tiga pegawai PT Sinar Abadi sebagai tersangka pembuangan limbah.",
     "id"),
    ("Dua direktur CV Tani Makmur ditahan karena mengedarkan pupuk palsu.", "id"),
    ("Izin usaha PT Sinar Abadi dicabut setelah terbukti membuang limbah tanpa izin.", "id"),
    ("Kejaksaan mendakwa mantan kepala desa itu menggelapkan dana desa Rp 600 juta.", "id"),
    ("Bupati Sukamaju divonis lima tahun penjara karena menerima suap proyek jalan.", "id"),
    ("KPPU menghukum lima perusahaan pakan ternak membayar denda Rp 100 miliar karena "
     "bersekongkol mengatur harga.", "id"),
    ("Satpol PP menyegel pabrik tahu milik Haji Darto karena membuang limbah ke selokan.",
     "id"),
    ("Two managers at Harwick Lending were charged with fraud on Monday.", "en"),
    ("Greenvale Dairy was ordered to pay £80,000 after admitting polluting the river.",
     "en"),
    ("Police arrested the club's treasurer on suspicion of embezzling £40,000.", "en"),
    ("The regulator banned Crestline's former chief executive from running a company for "
     "eight years over the overbilling.", "en"),
    ("Marlow Homes was fined £120,000 for failing to protect tenants' deposits.", "en"),
    ("Inspectors issued Fresco Mart with an improvement notice after finding mouse "
     "droppings in its kitchen.", "en"),
    ("The court convicted the former mayor of taking bribes from two builders.", "en"),
]

# accusations that a frame of procedure might hide (a third batch, written before any rule)
PROCEDURE_FRAMED = [
    ("Mantan bendahara itu dijerat Pasal 2 UU Tipikor dengan ancaman 20 tahun penjara.",
     "id"),
    ("Keduanya terancam hukuman lima tahun penjara karena memalsukan dokumen kapal.", "id"),
    ("Warga Desa Sukamulya melaporkan PT Sinar Abadi ke Polda Jawa Barat atas dugaan "
     "pencemaran sungai.", "id"),
    ("Jaksa menuntut terdakwa tujuh tahun penjara karena terbukti menerima suap.", "id"),
    ("Dalam dakwaan, jaksa menyebut terdakwa mengalirkan dana hibah ke rekening "
     "pribadinya.", "id"),
    ("Harwick Lending faces a £3 million fine after the regulator found it had misled "
     "borrowers.", "en"),
    ("The lawsuit, filed in the High Court on Friday, seeks damages for the contamination "
     "of the villagers' wells.", "en"),
    ("At a hearing on Tuesday, prosecutors said the treasurer moved the money into his "
     "own account over three years.", "en"),
    ("The inquiry heard that guards at the centre routinely beat detainees.", "en"),
    ("Councillor Dale Pruitt was suspended from the party after he was found to have "
     "rigged the tender.", "en"),
    ("The indictment says the two men shipped counterfeit medicines to clinics in three "
     "states.", "en"),
]

# a wrong only investigated, asked about, conditional, appealed for or procedure: not yet
# an accusation (the guidelines: claim or context)
NOT_YET = [
    ("Police are investigating whether the treasurer took money from the fund.", "en",
     "context"),
    ("Reporters asked the mayor whether his office had paid the firm.", "en", "context"),
    ("The agency will audit the contracts to determine whether prices were inflated.", "en",
     "context"),
    ("Residents called for an independent inquiry into the dumping.", "en", "context"),
    ("If the company dumped waste, it will face a fine, the minister said.", "en",
     "context"),
    ("Warga meminta polisi menyelidiki dugaan penggelapan dana desa.", "id", "context"),
    ("Inspektorat masih memeriksa apakah bendahara menggelapkan dana itu.", "id",
     "context"),
    ("Jika terbukti menyuap, pejabat itu bisa dipecat, kata Kepala BKD.", "id", "context"),
    ("Polisi menggeledah kantor PT Sinar Abadi pada Selasa.", "id", "context"),
    ("Wartawan menanyakan apakah perusahaan membuang limbah ke sungai.", "id", "context"),
]

# the accusing side restating the allegation later, without an accusation word: the same
# act, or its synonym, by the same party
RESTATED = [
    (["Warga Desa Sukamulya menuduh PT Sinar Abadi membuang limbah ke Sungai Cikapundung.",
      "Dedi, salah seorang warga, mengatakan pipa pabrik itu mengalirkan air hitam ke "
      "sungai setiap malam."], "id", "accusation"),
    (["Residents of Millbrook accused ClearFlow Utilities of dumping sludge into the creek.",
      "\"It was coming out of their pipe every night,\" said resident Tom Harlow."], "en",
     "accusation"),
    (["Puluhan orang tua murid menuding SDN 3 Cibeunying memungut biaya seragam.",
      "Menurut Lina, setiap siswa diminta membayar Rp 350.000 tanpa kuitansi."], "id",
     "accusation"),
    (["The union accused Brightway Logistics of withholding drivers' wages.",
      "Driver Sam Okoro said he had not been paid for six weeks."], "en", "accusation"),
]

# the accused side's account of its own act, and a third party's evidence: not accusations
NOT_ACCUSED = [
    (["Warga menuduh PT Sinar Abadi membuang limbah ke sungai.",
      "Humas PT Sinar Abadi, Rudi Hartono, mengatakan limbah itu sudah diolah sesuai "
      "baku mutu sebelum dialirkan."], "id", "denial"),
    (["The union accused Brightway Logistics of withholding drivers' wages.",
      "A Brightway spokesman said the company paid every driver on time."], "en",
     "denial"),
]


# written after the first rules (commit c695b47), to check them on wording they were not
# written from; no rule was changed for these before they were counted
FRESH = [
    ("Residents said contractors hired by the council chopped down 40 oak trees in their "
     "street without consultation.", "en", "accusation"),
    ("\"They emptied our savings account while my mother was in hospital,\" said Helen "
     "Marsh.", "en", "accusation"),
    ("The union said delivery riders had their accounts deactivated after they joined the "
     "strike.", "en", "accusation"),
    ("Former pupils told the inquiry that teachers at the school beat them with canes.",
     "en", "accusation"),
    ("The report found the charity spent donors' money on luxury hotels for its trustees.",
     "en", "accusation"),
    ("Campaigners say the mine has been pumping contaminated water into the lake since "
     "March.", "en", "accusation"),
    ("Shop owners said the police officers demanded cash to let them keep trading.", "en",
     "accusation"),
    ("The company said it had cut the prices of 200 products to help families.", "en",
     "claim"),
    ("A spokesman for the firm said the workers were dismissed for repeated lateness.", "en",
     "claim"),
    ("The council said the trees were removed because they were diseased.", "en", "claim"),
    ("Police took the two men to hospital after the crash, a spokesman said.", "en",
     "claim"),
    ("The museum returned the stolen paintings to the family last week.", "en", "context"),
    ("Warga mengatakan pengembang menimbun saluran irigasi sawah mereka dengan tanah "
     "urug.", "id", "accusation"),
    ("\"Gaji kami ditahan tiga bulan oleh yayasan tanpa alasan,\" kata Rina, seorang guru "
     "honorer.", "id", "accusation"),
    ("Menurut pedagang, petugas dinas pasar menyita dagangan mereka tanpa surat "
     "peringatan.", "id", "accusation"),
    ("Sejumlah pekerja mengaku dipaksa lembur tanpa dibayar oleh mandor perkebunan.", "id",
     "accusation"),
    ("Kepala desa disebut menjual beras bantuan kepada tengkulak.", "id", "accusation"),
    ("Hasil audit Inspektorat mendapati bendahara memindahkan dana desa ke rekening "
     "pribadinya.", "id", "accusation"),
    ("Dua karyawan dimutasi ke luar pulau setelah melaporkan dugaan korupsi atasannya.",
     "id", "accusation"),
    ("Warga menyebut aparat memukuli pemuda yang ikut berunjuk rasa.", "id", "accusation"),
    ("Pihak perusahaan mengatakan gaji karyawan dipotong sesuai kesepakatan dengan serikat "
     "pekerja.", "id", "claim"),
    ("Kepala dinas mengatakan bantuan dihentikan karena penerimanya sudah meninggal.", "id",
     "claim"),
    ("Petugas mengambil sampel air dari sumur warga untuk diuji di laboratorium.", "id",
     "context"),
    ("Pemerintah memangkas anggaran perjalanan dinas sebesar 30 persen tahun ini.", "id",
     "context"),
]


# written after the last rule (commit f7f7bef), counted once; no rule changed after
FRESH2 = [
    ("Tenants say the housing association pocketed their service charges for years.", "en",
     "accusation"),
    ("\"He slapped my son in front of the whole class,\" said parent Maria Lopez.", "en",
     "accusation"),
    ("According to the lawsuit, the bank froze the accounts of 300 customers without "
     "warning.", "en", "accusation"),
    ("Three cleaners were sacked after they complained about unpaid overtime, the union "
     "said.", "en", "accusation"),
    ("The auditor's report said the trust paid consultants for work that was never "
     "carried out.", "en", "accusation"),
    ("Villagers accuse nobody, but say the quarry's blasting cracked the walls of their "
     "homes.", "en", "accusation"),
    ("The inquiry found the prison's officers had denied inmates water for two days.",
     "en", "accusation"),
    ("Lawyers for the family called the hospital's treatment of the boy negligent.", "en",
     "accusation"),
    ("The company said it withdrew the product after a supplier sent contaminated "
     "batches.", "en", "denial"),
    ("The council said it took the land under a compulsory purchase order in 2019.", "en",
     "claim"),
    ("Police said they seized 40 kilograms of cocaine from a lorry at Dover.", "en",
     "claim"),
    ("The minister said the cuts to housing benefit would save £2 billion.", "en",
     "claim"),
    ("Warga menuding pabrik itu, namun ia mengatakan pabrik merusak sawah milik warga.",
     "id", "accusation"),
    ("\"Motor saya dirampas debt collector di jalan tanpa surat apa pun,\" kata Budi.",
     "id", "accusation"),
    ("Menurut para pekerja, upah lembur mereka tidak dibayar selama enam bulan.", "id",
     "accusation"),
    ("Dua guru diberhentikan setelah mengkritik kebijakan kepala sekolah, kata PGRI.", "id",
     "accusation"),
    ("Hasil pemeriksaan BPK menemukan dinas membayar 40 pegawai fiktif.", "id",
     "accusation"),
    ("Koalisi masyarakat sipil menilai pembubaran diskusi itu sebagai tindakan sewenang-"
     "wenang.", "id", "accusation"),
    ("Petani menyebut kelompok preman menyerobot lahan mereka dengan ancaman.", "id",
     "accusation"),
    ("Kepala desa mengatakan dana itu dipakai untuk membangun jalan desa.", "id", "claim"),
    ("Polisi menyita 2 ton beras dari gudang itu untuk diperiksa.", "id", "context"),
    ("Pemerintah memotong anggaran kementerian sebesar Rp 50 triliun.", "id", "context"),
    ("Warga mengambil air dari sungai karena PDAM mati sejak pagi.", "id", "context"),
    ("Pengelola pasar mengatakan pedagang membayar retribusi sesuai perda.", "id", "claim"),
]


# written after the last rule (commit 14b10d9), counted once; no rule changed after
FRESH3 = [
    ("Fishermen say the resort's owners blocked their only path to the beach.", "en",
     "accusation"),
    ("Staff said the chief executive used the firm's credit card to pay for family "
     "holidays.", "en", "accusation"),
    ("According to court papers, the landlord changed the locks while the family was at "
     "work.", "en", "accusation"),
    ("Patients' relatives said nurses left elderly patients without food for a whole day.",
     "en", "accusation"),
    ("The watchdog said the bank had charged customers for insurance they never asked "
     "for.", "en", "accusation"),
    ("\"They burned down my shop because I refused to pay them,\" said trader Ali Hassan.",
     "en", "accusation"),
    ("Two journalists were arrested after reporting on the mine's spills, their editor "
     "said.", "en", "accusation"),
    ("The company said it had repaid every customer it overcharged.", "en", "claim"),
    ("The school said it kept the deposits to cover damage to the rooms.", "en", "denial"),
    ("Police took three protesters into custody after the march, a spokesman said.", "en",
     "claim"),
    ("The club cut ticket prices for under-18s, its chairman said.", "en", "claim"),
    ("The charity said it would investigate whether staff took money from the tins.", "en",
     "context"),
    ("Menurut warga, kontraktor mengeruk pasir sungai hingga tanggul desa jebol.", "id",
     "accusation"),
    ("Para sopir angkot mengatakan oknum petugas dishub meminta uang Rp 10.000 setiap "
     "hari.", "id", "accusation"),
    ("\"Sertifikat tanah kami ditahan pihak bank meski utang sudah lunas,\" kata Wati.",
     "id", "accusation"),
    ("Keluarga korban menyebut polisi menembak Rizal tanpa peringatan.", "id",
     "accusation"),
    ("Sebanyak 30 pekerja dirumahkan setelah ikut aksi mogok, kata ketua serikat.", "id",
     "accusation"),
    ("Inspektorat mendapati kepala desa menyewakan tanah kas desa tanpa musyawarah.", "id",
     "accusation"),
    ("Orang tua siswa menilai kebijakan sekolah itu sebagai pemerasan terselubung.", "id",
     "accusation"),
    ("Kepala sekolah mengatakan uang itu dipakai untuk membeli buku, bukan untuk pribadi.",
     "id", "denial"),
    ("Pemerintah kota membongkar 40 bangunan liar di bantaran sungai, Selasa.", "id",
     "context"),
    ("Petugas mengambil sampel darah para pekerja untuk diperiksa.", "id", "context"),
    ("Bank itu memotong biaya administrasi bagi nasabah pelajar, kata direkturnya.", "id",
     "claim"),
    ("Jaksa akan memeriksa apakah kepala desa memotong dana bansos.", "id", "context"),
]


def items() -> list[tuple[list[str], str, str, str]]:
    """Every written item: (sentences, language, gold label of the last, class)."""
    out = [([s], "en", "accusation", "stated") for s in STATED_EN]
    out += [([s], "id", "accusation", "stated") for s in STATED_ID]
    out += [([s], "en", "accusation", "enforced") for s in ENFORCED_EN]
    out += [([s], "id", "accusation", "enforced") for s in ENFORCED_ID]
    out += [([s], lang, "accusation", "enforced more") for s, lang in ENFORCED_MORE]
    out += [([s], lang, "accusation", "procedure") for s, lang in PROCEDURE_FRAMED]
    out += [([s], lang, gold, "not yet") for s, lang, gold in NOT_YET]
    out += [(lines, lang, gold, "restated") for lines, lang, gold in RESTATED]
    out += [([s], lang, gold, "fresh") for s, lang, gold in FRESH]
    out += [([s], lang, gold, "fresh2") for s, lang, gold in FRESH2]
    out += [([s], lang, gold, "fresh3") for s, lang, gold in FRESH3]
    out += [(lines, lang, gold, "not accused") for lines, lang, gold in NOT_ACCUSED]
    return out
