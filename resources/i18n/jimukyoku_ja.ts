<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="+16"/>
        <source>About Jimukyoku Desk</source>
        <translation>バージョン情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jimukyoku Desk</source>
        <translation>事務局デスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desktop office of a council secretariat.</source>
        <translation>協議会・委員会事務局のためのデスクトップアプリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: %1</source>
        <translation>データ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema revision: %1</source>
        <translation>スキーマ版: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese fonts: IPAex Mincho and IPAex Gothic (IPA Font License v1.0).</source>
        <translation>日本語フォント: IPAex明朝・IPAexゴシック(IPAフォントライセンスv1.0)</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../app/ui/capture/action_dialog.py" line="+57"/>
        <source>Action Item</source>
        <translation>宿題(アクション)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>e.g. 12/21 or 2026/12/21 (optional)</source>
        <translation>例: 12/21 または 2026/12/21(省略可)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>ActivitiesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/activities_dialog.py" line="+60"/>
        <source>Activities</source>
        <translation>実施事業</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add (Ctrl+Enter)</source>
        <translation>追加 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Selected</source>
        <translation>選択を削除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Pillars…</source>
        <translation>方針の編集…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organization</source>
        <translation>団体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pillar</source>
        <translation>方針</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done or planned</source>
        <translation>実施・予定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity *</source>
        <translation>事業 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(the council as a whole)</source>
        <translation>(協議会全体)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no pillar)</source>
        <translation>(方針なし)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 done, %2 planned</source>
        <translation>%1 実施・%2 予定</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the activity</source>
        <translation>実施事業</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the pillars</source>
        <translation>方針</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Recorded.</source>
        <translation>記録しました。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deleting the activity</source>
        <translation>実施事業の削除</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../app/ui/meeting/agenda_editor.py" line="+68"/>
        <location line="+72"/>
        <source>New Item</source>
        <translation>議題を追加</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save Item (Ctrl+S)</source>
        <translation>議題を保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Item</source>
        <translation>議題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter</source>
        <translation>説明者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>提案内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions (→)</source>
        <translation>決定事項(→)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Carried over from earlier meetings</source>
        <translation>前回からの継続事項・前回意見への対応</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Agenda</source>
        <translation>議題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Item</source>
        <translation>議題を保存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move the Item Up / Down (in the List)</source>
        <translation>議題を上下に移動（一覧で）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Continuing: </source>
        <translation>継続事項: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response due: </source>
        <translation>対応待ちの意見: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing open from earlier meetings.</source>
        <translation>これまでの会議から持ち越した事項はありません。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>An agenda item needs a title.</source>
        <translation>議題名を入力してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approved: the minutes are locked.</source>
        <translation>承認済のため、議事録は編集できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the agenda item</source>
        <translation>議題</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agenda item saved.</source>
        <translation>議題を保存しました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete Agenda Item</source>
        <translation>議題の削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1” and every remark recorded under it?</source>
        <translation>「%1」と、その下に記録した発言をすべて削除しますか?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting the agenda item</source>
        <translation>議題の削除</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+35"/>
        <source>Moving the agenda item</source>
        <translation>議題の移動</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Renumbering the agenda</source>
        <translation>議題番号の付け直し</translation>
    </message>
</context>
<context>
    <name>ApplicationFields</name>
    <message>
        <location filename="../../app/ui/events/application_mapping.py" line="+14"/>
        <source>(not imported)</source>
        <translation>(取り込まない)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>所属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization reading</source>
        <translation>所属のよみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department and title</source>
        <translation>部署・役職</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee category</source>
        <translation>参加費区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception (yes/no)</source>
        <translation>懇親会(出欠)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied at</source>
        <translation>申込日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>ApplicationPreview</name>
    <message>
        <location filename="../../app/ui/events/application_columns.py" line="+26"/>
        <source>Same person as row %1</source>
        <translation>%1 行目と同じ方</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already applied (no. %1)</source>
        <translation>申込済み(受付番号 %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not imported</source>
        <translation>取り込まない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged</source>
        <translation>統合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waitlist %1</source>
        <translation>キャンセル待ち %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gets a place</source>
        <translation>受付</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/attachments_dialog.py" line="+34"/>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop files here, or use Add.</source>
        <translation>ファイルをここにドロップするか、「追加」を押してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Attaching %1</source>
        <translation>「%1」の添付</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 file(s) attached.</source>
        <translation>%1 件のファイルを添付しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach Files</source>
        <translation>添付するファイル</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This file was changed outside the app; restore it from a backup.</source>
        <translation>このファイルはアプリの外で変更されています。バックアップから復元してください。</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <location filename="../../app/ui/meeting/attendance_grid.py" line="+108"/>
        <source>Keys: 1 present · 2 absent · 3 proxy · 4 online · 5 late · 6 left early · 7 absent (notice given) · 0 clear</source>
        <translation>キー: 1 出席 · 2 欠席 · 3 代理出席 · 4 オンライン · 5 遅刻 · 6 早退 · 7 欠席(連絡あり) · 0 未記録に戻す</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+27"/>
        <source>Add Attendee…</source>
        <translation>出席者を追加…</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Other attendees (secretariat, guests, observers)</source>
        <translation>委員以外の出席者(事務局・来賓・オブザーバー)  Ctrl+G で追加、Delete で削除</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attendance</source>
        <translation>出欠</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Absent (Notice Given)</source>
        <translation>欠席（連絡あり）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not Recorded Yet (Clear)</source>
        <translation>未記録に戻す</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the Attendee (in Their List)</source>
        <translation>出席者を削除（その他の出席者の一覧で）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>notice given</source>
        <translation>欠席連絡あり</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Present %1 / Absent %2</source>
        <translation>出席 %1名 / 欠席 %2名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not yet recorded: %1)</source>
        <translation>(未記録 %1名)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Proxy</source>
        <translation>代理出席</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the proxy:</source>
        <translation>代理出席者の氏名:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time (HH:MM):</source>
        <translation>時刻(時:分):</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Recording the attendance of %1</source>
        <translation>%1 の出欠の記録</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the other attendee</source>
        <translation>委員以外の出席者</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Removing the other attendee</source>
        <translation>委員以外の出席者の削除</translation>
    </message>
</context>
<context>
    <name>CaptureConsole</name>
    <message>
        <location filename="../../app/ui/capture/display.py" line="+79"/>
        <source>Enter: record · Shift+Enter: new line · F2: speaker · Alt+number: speaker by number (Alt+0: no speaker) · Ctrl+1…%1: kind · Ctrl+D: decision · Ctrl+T: action item · Ctrl+PgUp/PgDn: agenda item · F6: remark list (Enter edit, Del delete, Alt+↑↓ move, Alt+Q answers which question) · Ctrl+Z/Ctrl+Y: undo/redo</source>
        <translation>Enter 記録 · Shift+Enter 改行 · F2 発言者 · Alt+数字 番号で発言者(Alt+0 発言者なし) · Ctrl+1〜%1 種別 · Ctrl+D 決定事項 · Ctrl+T 宿題 · Ctrl+PgUp/PgDn 前後の議題 · F6 発言一覧(Enter 修正, Del 削除, Alt+↑↓ 移動, Alt+Q 回答する質問) · Ctrl+Z/Ctrl+Y 元に戻す/やり直し</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture/capture_view.py" line="+242"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture/capture_input.py" line="+101"/>
        <location line="+44"/>
        <location filename="../../app/ui/capture/refusals.py" line="+54"/>
        <location filename="../../app/ui/capture/capture_controller.py" line="+137"/>
        <source>Approved: the minutes are locked.</source>
        <translation>承認済のため、議事録は編集できません。</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Add agenda items first (tab Agenda).</source>
        <translation>先に議題を登録してください(「議題」タブ)。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The unfinished remark was restored.</source>
        <translation>入力途中の発言を復元しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture/capture_view.py" line="+55"/>
        <source>No agenda items</source>
        <translation>議題がありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item %1 of %2</source>
        <translation>議題 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture/display.py" line="-40"/>
        <source>→ %1 (not a member)</source>
        <translation>→ %1(委員外)</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture/capture_controller.py" line="-76"/>
        <source>Who is speaking? Type a name or number (F2).</source>
        <translation>発言者を入力してください(F2: 名前・よみ・番号)。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This remark is not recorded.</source>
        <translation>この発言はまだ記録されていません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recorded: %1</source>
        <translation>記録しました: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture/display.py" line="+17"/>
        <source>(answers %1 %2)</source>
        <translation>（%1 %2 の質問への回答）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Action</source>
        <translation>宿題</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture/capture_controller.py" line="+15"/>
        <source>The correction is not saved.</source>
        <translation>この修正はまだ保存されていません。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Saving yours over theirs</source>
        <translation>あなたの内容での上書き保存</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undoing “%1”</source>
        <translation>「%1」の取り消し</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Redoing “%1”</source>
        <translation>「%1」のやり直し</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deleting the remark</source>
        <translation>発言の削除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remark deleted (Ctrl+Z brings it back).</source>
        <translation>発言を削除しました(Ctrl+Z で元に戻せます)。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Moving the remark</source>
        <translation>発言の移動</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The text in the box is not saved yet: it stays until it is, so a recorded remark cannot be opened for correction now.</source>
        <translation>入力欄の文章がまだ保存されていません。保存できるまで入力欄に残すため、今は記録済みの発言を修正のために開けません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Editing a recorded remark: Enter saves, Esc cancels.</source>
        <translation>記録済みの発言を修正中: Enter で保存、Esc で取消</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pairing the answer</source>
        <translation>回答と質問の対応付け</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer is paired (Ctrl+Z undoes it).</source>
        <translation>回答を質問に対応付けました(Ctrl+Z で元に戻せます)。</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture/refusals.py" line="-20"/>
        <source>Use Ctrl+T for a follow-up action.</source>
        <translation>視察では Ctrl+T で今後の取組み(宿題)を記録します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text is empty: type the decision, then press Ctrl+D.</source>
        <translation>本文が空です。決定事項を入力してから Ctrl+D を押してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text is empty.</source>
        <translation>本文が空です。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no agenda item: add one in the Agenda tab first.</source>
        <translation>議題がありません。先に「議題」タブで議題を登録してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture/capture_controller.py" line="+23"/>
        <source>This decision is not recorded.</source>
        <translation>この決定事項はまだ記録されていません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Decision recorded.</source>
        <translation>決定事項を記録しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture/refusals.py" line="-26"/>
        <source>You are correcting a recorded remark: press Enter to save it or Esc to cancel first.</source>
        <translation>記録済みの発言を修正中です。先に Enter で保存するか、Esc で取り消してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture/capture_controller.py" line="+16"/>
        <source>This action item is not recorded.</source>
        <translation>この宿題はまだ記録されていません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Action item recorded.</source>
        <translation>宿題を記録しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture/capture_view.py" line="-150"/>
        <source>Speaker (F2)</source>
        <translation>発言者 (F2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture/capture_console.py" line="+140"/>
        <location filename="../../app/ui/capture/capture_view.py" line="-54"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text in the minutes box could not be saved:

%1

Close anyway and lose it? (Copy it somewhere first if you can.)</source>
        <translation>記録の入力欄の文章を保存できていません:

%1

このまま閉じると、この文章は失われます。閉じますか?(できれば先に別の場所へコピーしてください。)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not done: %1. Nothing was changed.</source>
        <translation>実行できませんでした(%1)。変更はありません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Alt+Q pairs an answer (回答) with its question: select an answer first.</source>
        <translation>Alt+Q は回答をその質問に対応付けます。先に発言一覧で回答を選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This item has no question (質問) to pair with.</source>
        <translation>この議題には対応付けられる質問がありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture/unsaved.py" line="+102"/>
        <source>What you are typing could not be kept as a draft.</source>
        <translation>入力中の文章を下書きとして保存できていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is tried again every few seconds. Keep this window open: the text stays here until it is saved.</source>
        <translation>数秒ごとに自動で再試行します。保存できるまで文章はここに残りますので、このウィンドウを閉じないでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture/conflicts.py" line="+95"/>
        <source>Saved yours over theirs.</source>
        <translation>あなたの内容で上書き保存しました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept the version someone else saved: nothing of yours was saved.</source>
        <translation>他の人が保存した内容を残しました。あなたの変更は保存されていません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture/given_back.py" line="+26"/>
        <source>Someone else deleted that remark: your words are back in the input (Enter records them as a new remark).</source>
        <translation>その発言は他の人が削除しました。入力した文は入力欄に戻してあります(Enter で新しい発言として記録します)。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your correction was not saved and is still here: Enter saves it over the other version, Esc drops it.</source>
        <translation>訂正は保存されていませんが、入力欄に残してあります。Enter で相手の版に上書き保存、Esc で破棄します。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your decision was not recorded: it is back in the input (Ctrl+D records it).</source>
        <translation>決定事項は記録されていません。入力欄に戻してあります(Ctrl+D で記録します)。</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture/speaker_picker.py" line="+55"/>
        <source>(no speaker)</source>
        <translation>(発言者なし)</translation>
    </message>
    <message>
        <location filename="../../app/ui/capture/console_keys.py" line="+15"/>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go to the Speaker Box</source>
        <translation>発言者欄へ移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record as a Decision (→)</source>
        <translation>決定事項として記録（→）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record as an Action Item</source>
        <translation>宿題として記録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Agenda Item</source>
        <translation>次の議題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Agenda Item</source>
        <translation>前の議題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the Remark List (Again: Back to the Text)</source>
        <translation>発言一覧へ移動（もう一度押すと入力欄へ）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop Editing the Remark</source>
        <translation>発言の修正をやめる</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind: %1</source>
        <translation>種別: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accept the Speaker (in the Speaker Box)</source>
        <translation>発言者を確定（発言者欄で）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose Among the Names Offered</source>
        <translation>候補から発言者を選ぶ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speaker by Attendee Number</source>
        <translation>番号で発言者を選ぶ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Speaker (a Plain Point)</source>
        <translation>発言者なし</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record the Remark (in the Text Box)</source>
        <translation>発言を記録（入力欄で）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Line</source>
        <translation>改行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit the Remark (in the Remark List)</source>
        <translation>発言を修正（発言一覧で）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the Remark Up / Down</source>
        <translation>発言を上下に移動</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the Question an Answer Answers</source>
        <translation>回答する質問を選ぶ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the Remark</source>
        <translation>発言を削除</translation>
    </message>
</context>
<context>
    <name>CaptureUndo</name>
    <message>
        <location filename="../../app/ui/capture/undo_commands.py" line="+168"/>
        <source>Record remark</source>
        <translation>発言の記録</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete remark</source>
        <translation>発言の削除</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit remark</source>
        <translation>発言の修正</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Move remark</source>
        <translation>発言の移動</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Record decision</source>
        <translation>決定事項の記録</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Record action item</source>
        <translation>宿題の記録</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../../app/ui/events/application_mapping.py" line="+16"/>
        <source>Columns of the file</source>
        <translation>ファイルの列と取り込む項目</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py" line="+49"/>
        <source>Changed by Someone Else</source>
        <translation>他の人が変更しました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone else deleted this %1 while you were working on it. Nothing of yours was saved.</source>
        <translation>あなたが作業している間に、この%1は他の人によって削除されました。あなたの変更は保存されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed this %1 after it was shown to you. It has not been deleted: compare, then choose.</source>
        <translation>この%1は、表示された後に他の人によって変更されました。まだ削除していません。内容を比べてから選んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else saved this %1 while you were working on it. Nothing has been overwritten: compare the two versions, then choose which to keep.</source>
        <translation>あなたが作業している間に、他の人がこの%1を保存しました。まだ何も上書きしていません。2つの内容を比べて、どちらを残すか選んでください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fields that differ (highlighted): %1</source>
        <translation>内容が異なる項目(色付き): %1件</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deleted by someone else</source>
        <translation>他の人が削除しました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved now (someone else&apos;s)</source>
        <translation>保存済みの内容(他の人)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yours: delete it</source>
        <translation>あなたの操作: 削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours (not saved)</source>
        <translation>あなたの内容(未保存)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Accept the Deletion (Reload)</source>
        <translation>削除を受け入れる(読み込み直す)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep Theirs (Reload)</source>
        <translation>相手の内容を残す(読み込み直す)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete Anyway</source>
        <translation>それでも削除する</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Mine over Theirs</source>
        <translation>自分の内容で上書き保存</translation>
    </message>
</context>
<context>
    <name>CorrespondenceTab</name>
    <message>
        <location filename="../../app/ui/tabs/correspondence_tab.py" line="+51"/>
        <source>No letters registered yet.</source>
        <translation>登録された文書はまだありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Received and sent</source>
        <translation>収受・発送</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter by number, counterparty or subject</source>
        <translation>文書番号・相手方・件名で絞り込み</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Received…</source>
        <translation>収受(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register a letter received</source>
        <translation>収受した文書を登録</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sent…</source>
        <translation>発送(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register a letter to send</source>
        <translation>発送する文書を登録</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct the selected letter (its number stays)</source>
        <translation>選択した文書を訂正(文書番号は変わりません)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Advance Status</source>
        <translation>状態を進める(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advance the status: open, replied, done</source>
        <translation>状態を進める(未処理→回答済→完了)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;ttachments…</source>
        <translation>添付(&amp;T)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files kept with the letter</source>
        <translation>文書の添付ファイル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Void Number…</source>
        <translation>欠番にする(&amp;V)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Void the number: it stays in the register, never reused</source>
        <translation>欠番にする(番号は文書簿に残り、再利用しません)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All fiscal years</source>
        <translation>すべての年度</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Registered as %1.</source>
        <translation>%1 として登録しました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A void number cannot be edited.</source>
        <translation>欠番の文書は編集できません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This letter is already at its last status.</source>
        <translation>この文書はすでに完了しています。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changing the status of %1</source>
        <translation>%1 の状況の変更</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Void Number</source>
        <translation>欠番</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void %1? The number stays in the register as void and is never reused.</source>
        <translation>%1 を欠番にしますか? 番号は欠番として文書簿に残り、再利用されません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Voiding %1</source>
        <translation>%1 の欠番処理</translation>
    </message>
</context>
<context>
    <name>CouncilDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/council_dialog.py" line="+49"/>
        <source>Council Settings</source>
        <translation>協議会の設定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 綾イノ (for document numbers)</source>
        <translation>例: 綾イノ(文書番号の記号)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date}: the meeting&apos;s date, {council}: the council&apos;s name, {meeting}: the meeting&apos;s title</source>
        <translation>{date}: 会議の日付、{council}: 協議会の名称、{meeting}: 会議の名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 佐野 (named on letters)</source>
        <translation>例: 佐野(文書の担当者欄に記載)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 14</source>
        <translation>例: 14</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print 公印省略 under the sender</source>
        <translation>発信者名の下に「公印省略」と記載する</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>～ (full-width tilde, as Windows types it)</source>
        <translation>～(全角チルダ。Windows の入力)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>〜 (wave dash, as macOS types it)</source>
        <translation>〜(波ダッシュ。macOS の入力)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every document prints this one form of 「～」</source>
        <translation>すべての文書で「～」をこの字形にそろえます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Council name *</source>
        <translation>協議会の名称 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>略称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretariat</source>
        <translation>事務局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person in charge</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters</source>
        <translation>文書</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice sent (days before)</source>
        <translation>開催通知の日付(開催日の何日前)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title of the chair *</source>
        <translation>委員長の呼称 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the minutes</source>
        <translation>議事録の表題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of attendees</source>
        <translation>出席者の並び順</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave dash in documents</source>
        <translation>文書の波ダッシュ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minutes of %1</source>
        <translation>%1の議事録</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the council settings</source>
        <translation>協議会の設定</translation>
    </message>
</context>
<context>
    <name>CountsBar</name>
    <message>
        <location filename="../../app/ui/events/reception_counts.py" line="+34"/>
        <source>Checked in</source>
        <translation>受付済</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Applications</source>
        <translation>申込</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received today</source>
        <translation>当日受領</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (%1 waiting)</source>
        <translation>（キャンセル待ち %1人）</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../app/ui/details/detail_pane.py" line="+124"/>
        <source>Select a row to see its details here.</source>
        <translation>一覧で行を選ぶと、ここに詳細を表示します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This record no longer exists.</source>
        <translation>このデータは削除されています。</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/document_dialog.py" line="+83"/>
        <source>Create Document</source>
        <translation>文書を作成</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/area.py" line="+48"/>
        <source>Minutes</source>
        <translation>議事録</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agenda handout (with carried-over items)</source>
        <translation>会議次第(継続事項・前回意見への対応つき)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attendance sheet for reception (sign column)</source>
        <translation>出席者名簿(受付用・署名欄つき)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attendance as recorded</source>
        <translation>出欠表(記録した出欠)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meeting notice (letter with document number)</source>
        <translation>開催通知(文書番号つき)</translation>
    </message>
    <message>
        <location filename="../../app/services/members/area.py" line="+38"/>
        <source>Member roster</source>
        <translation>委員名簿</translation>
    </message>
    <message>
        <location filename="../../app/services/visits/area.py" line="+40"/>
        <source>Visit report</source>
        <translation>視察報告書</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request letter (with document number)</source>
        <translation>依頼状(文書番号つき)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thank-you letter (with document number)</source>
        <translation>礼状(文書番号つき)</translation>
    </message>
    <message>
        <location filename="../../app/services/activities/area.py" line="+22"/>
        <source>Activity report of the fiscal year</source>
        <translation>実施事業報告(年度)</translation>
    </message>
    <message>
        <location filename="../../app/services/correspondence/area.py" line="+34"/>
        <source>Register of letters received</source>
        <translation>文書収受簿(年度)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Register of letters sent</source>
        <translation>文書発送簿(年度)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/document_options.py" line="+55"/>
        <source> (fiscal year)</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As set for the body</source>
        <translation>会議体の設定どおり</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the names of who spoke</source>
        <translation>発言者の名前を示す</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature lines for the minute signers</source>
        <translation>議事録署名人の署名欄をつける</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agenda labels as entered</source>
        <translation>議題の番号は登録どおり</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Western years (2026年) instead of 令和</source>
        <translation>西暦で書く(令和ではなく 2026年)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full-width digits (１２３)</source>
        <translation>数字を全角にする(１２３)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include e-mail and phone (personal information)</source>
        <translation>メール・電話を含める(個人情報)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/label_sheet_combo.py" line="+18"/>
        <source>%1 to a sheet (%2 × %3 mm)</source>
        <translation>%1面(%2×%3mm)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/document_options.py" line="+11"/>
        <source>Issue again with a new number</source>
        <translation>新しい文書番号で発出し直す</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/document_dialog.py" line="+38"/>
        <source>PDF (to print and archive)</source>
        <translation>PDF(印刷・保存用)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word (.docx, to edit)</source>
        <translation>Word(.docx、編集用)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/document_options.py" line="+12"/>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes style</source>
        <translation>議事録の形式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agenda labels</source>
        <translation>議題の番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label sheet</source>
        <translation>ラベル用紙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter date</source>
        <translation>文書の日付</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/document_dialog.py" line="+39"/>
        <source>Formats</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+90"/>
        <source>Folder</source>
        <translation>保存先</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview &amp;&amp; Print…</source>
        <translation>プレビュー・印刷…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Folder</source>
        <translation>フォルダを開く</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/document_options.py" line="+34"/>
        <source>This letter was issued as %1: making it again keeps its number and date.</source>
        <translation>この文書は %1 として発出済みです。作り直しても番号と日付は変わりません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating this letter takes the next outgoing document number of this fiscal year and records it in the register.</source>
        <translation>この文書を作成すると、今年度の次の文書番号を採番し、文書発送簿に記録します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/document_dialog.py" line="+49"/>
        <source>The options changed: create the documents again.</source>
        <translation>設定が変わりました。文書をもう一度作成してください。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose PDF, Word or both.</source>
        <translation>PDF と Word のどちらか(または両方)を選んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter date is not a date: write e.g. 2026-02-03.</source>
        <translation>文書の日付が読み取れません。例: 2026-02-03、令和8年2月3日</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Creating the document</source>
        <translation>文書の作成</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was written.</source>
        <translation>ファイルは作成しませんでした。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Creating…</source>
        <translation>作成中…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Created:</source>
        <translation>作成しました:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: the document fonts have no glyph for %1 — these characters are missing from the PDF. Replace them (e.g. 𠮷 → 吉) and create it again.</source>
        <translation>注意: 文書のフォントに %1 の字形がないため、PDF ではこの文字が表示されません。別の字に置き換えて(例: 𠮷 → 吉)、もう一度作成してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The document could not be written: %1</source>
        <translation>文書を書き出せませんでした: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document file</source>
        <translation>文書ファイル</translation>
    </message>
    <message>
        <location filename="../../app/services/events/area.py" line="+57"/>
        <source>Event notice with FAX application form</source>
        <translation>開催案内(FAX申込書付き)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reception list (by name)</source>
        <translation>受付名簿（氏名順）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reception list (by organization)</source>
        <translation>受付名簿（所属順）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name badges (label sheet)</source>
        <translation>名札(ラベル用紙)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receipts (numbered per fiscal year)</source>
        <translation>領収書(年度ごとの通し番号)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Participant list</source>
        <translation>参加者一覧</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Event report</source>
        <translation>実施報告</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/ui/error_reporting.py" line="+82"/>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong in Jimukyoku Desk.</source>
        <translation>事務局デスクで問題が発生しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no log file)</source>
        <translation>(ログファイルなし)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether your last action was saved is not known: check it, and do it again if it is missing. The text you were typing in the minutes is kept as a draft.

The details were written to the log:
%1</source>
        <translation>直前の操作が保存されたかどうかは分かりません。内容を確認し、反映されていなければもう一度行ってください。記録で入力中だった文章は下書きとして残っています。

詳しい内容はログに記録しました:
%1</translation>
    </message>
</context>
<context>
    <name>EventDetailPane</name>
    <message>
        <location filename="../../app/ui/details/event_detail.py" line="+141"/>
        <source>Participants (%1)</source>
        <translation>参加者（%1名）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>doors open %1</source>
        <translation>開場 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tel %1</source>
        <translation>TEL %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax %1</source>
        <translation>FAX %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>主催</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees</source>
        <translation>参加費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>申込締切</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications to</source>
        <translation>申込先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported under</source>
        <translation>事業報告での扱い</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timetable</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No timetable yet.</source>
        <translation>スケジュールはまだありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Free of charge</source>
        <translation>無料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 yen (%3)</source>
        <translation>%1：%2円（%3）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 with a place of %2, %3 waiting, %4 cancelled, %5 checked in</source>
        <translation>参加 %1名（定員 %2）、キャンセル待ち %3名、取消 %4名、受付済 %5名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 moved up and must be told</source>
        <translation>繰り上げで要連絡 %1名</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../app/ui/events/event_dialog.py" line="+66"/>
        <source>New Event</source>
        <translation>行事の新規作成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Event</source>
        <translation>行事の編集</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue and applications</source>
        <translation>会場・申込先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees and timetable</source>
        <translation>参加費・スケジュール</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>empty: no limit</source>
        <translation>空欄：定員なし</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Title *</source>
        <translation>行事名 *</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Links</source>
        <translation>関連付け</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>主催</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date *</source>
        <translation>開催日 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doors open</source>
        <translation>開場</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply by</source>
        <translation>申込締切</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>部屋名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications to</source>
        <translation>申込先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>FAX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access</source>
        <translation>交通・アクセス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. secretariat, Tanaka</source>
        <translation>例：事務局 田中</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speaker</source>
        <translation>講師</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fees</source>
        <translation>参加費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timetable</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A held event is reported under its activity&apos;s pillar in the activity report, or under the pillar chosen here.</source>
        <translation>開催済の行事は、実施事業報告で、選んだ実施事業の方針の下に、またはここで選んだ方針の下に載ります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activity</source>
        <translation>実施事業</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pillar</source>
        <translation>方針</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>視察・訪問</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not saved: see the fields marked in red on %1.</source>
        <translation>保存していません。赤字の項目を確認してください: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the event</source>
        <translation>行事</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <location filename="../../app/ui/tabs/events_tab.py" line="+41"/>
        <source>No events yet.</source>
        <translation>行事はまだありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All kinds</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter by title or venue</source>
        <translation>行事名・会場で絞り込み</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New Event…</source>
        <translation>新規作成(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New seminar, exchange meeting or business fair</source>
        <translation>セミナー・交流会・商談会などの行事を新しく作成します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit the selected event: date, venue, fees and timetable</source>
        <translation>選択した行事の日時・会場・参加費・スケジュールを編集します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Participant…</source>
        <translation>参加者を追加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record an application: a place, or the waitlist when full</source>
        <translation>申込を登録します（定員を超えるとキャンセル待ちになります）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel Par&amp;ticipant…</source>
        <translation>参加を取消(&amp;T)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the selected participant; the first waiting moves up</source>
        <translation>選択した参加者を取り消します（キャンセル待ちの先頭が繰り上がります）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Applications…</source>
        <translation>申込みの取り込み(&amp;I)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read applications from a CSV or Excel file of a web form</source>
        <translation>Webフォーム等のCSV・Excelファイルから申込みを取り込みます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reception…</source>
        <translation>受付(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check in participants at the door, by keyboard</source>
        <translation>当日の受付を行います（キーボードで操作できます）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Documents…</source>
        <translation>文書作成(&amp;D)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notice, reception list, badges, receipts and report</source>
        <translation>開催案内・受付名簿・名札・領収書・実施報告を作成します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport Participants…</source>
        <translation>参加者一覧の書き出し(&amp;X)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the participants to Excel or CSV</source>
        <translation>参加者一覧を Excel または CSV に書き出す</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit Participant…</source>
        <translation>参加者を編集…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as Told</source>
        <translation>連絡済みにする</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>All fiscal years</source>
        <translation>すべての年度</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+6"/>
        <location filename="../../app/ui/events/participant_actions.py" line="+64"/>
        <source>Select the event first.</source>
        <translation>先に行事を選択してください。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export Participants</source>
        <translation>参加者一覧の書き出し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participants %1.xlsx</source>
        <translation>参加者一覧 %1.xlsx</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 no longer exists: nothing was written.</source>
        <translation>%1 は削除されています。書き出していません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1 participants of %2 to %3.</source>
        <translation>%2 の参加者 %1 名を %3 に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/events/participant_actions.py" line="+12"/>
        <source>%1 is on the waitlist, number %2.</source>
        <translation>%1 さんはキャンセル待ち %2 番です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has a place.</source>
        <translation>%1 さんの参加を登録しました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a participant in the event first.</source>
        <translation>先に参加者を選択してください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is already cancelled.</source>
        <translation>%1 さんは既に取消済みです。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel Participant</source>
        <translation>参加の取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the participation of %1 in %2?</source>
        <translation>%1 さんの「%2」への参加を取り消しますか？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling %1</source>
        <translation>%1 さんの参加の取消</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is cancelled.</source>
        <translation>%1 さんの参加を取り消しました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Moved Up from the Waitlist</source>
        <translation>キャンセル待ちからの繰り上げ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is cancelled. These moved up from the waitlist and must be told that they have a place:</source>
        <translation>%1 さんの参加を取り消しました。次の方がキャンセル待ちから繰り上がりました。参加できることを連絡してください：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When they have been told, choose Mark as Told.</source>
        <translation>連絡したら「連絡済みにする」を選んでください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has nothing to be told.</source>
        <translation>%1 さんに連絡が必要な事項はありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Marking %1 as told</source>
        <translation>%1 さんを連絡済みにする操作</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/export_package_dialog.py" line="+39"/>
        <location line="+53"/>
        <location line="+28"/>
        <source>Export for the Field</source>
        <translation>持ち出し用に書き出す</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Writes the records to a file to take to a laptop with no network. A .zip file also carries the attached files. The file holds personal information (the addresses and phone numbers of members and event participants): keep it safe.</source>
        <translation>ネットワークのないノートパソコンへ持ち出すため、記録をファイルに書き出します。ZIP形式では添付ファイルも含まれます。ファイルには個人情報（委員と行事参加者の住所・電話番号など）が含まれますので、取り扱いにご注意ください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only records changed since</source>
        <translation>次の日以降に変更した記録のみ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Data package with attachments (*.zip);;Data only (*.json)</source>
        <translation>添付ファイル付きデータ (*.zip);;データのみ (*.json)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The file could not be written.

%1</source>
        <translation>ファイルを書き出せませんでした。

%1</translation>
    </message>
</context>
<context>
    <name>FeesEditor</name>
    <message>
        <location filename="../../app/ui/events/event_parts.py" line="+44"/>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount (yen)</source>
        <translation>金額（円）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>支払</translation>
    </message>
</context>
<context>
    <name>GapConfirmDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/gap_confirm_dialog.py" line="+14"/>
        <source>Issue this letter anyway?</source>
        <translation>このまま発出しますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue</source>
        <translation>発出する</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <location filename="../../app/ui/meeting/guest_dialog.py" line="+28"/>
        <source>Other Attendee</source>
        <translation>委員以外の出席者</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attends as</source>
        <translation>区分</translation>
    </message>
</context>
<context>
    <name>HomeTab</name>
    <message>
        <location filename="../../app/ui/home/sections.py" line="+37"/>
        <source>Meetings ahead and minutes to finish</source>
        <translation>今後の会議・未承認の議事録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meeting is planned, and all minutes are approved.</source>
        <translation>予定されている会議はなく、議事録はすべて承認済みです。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Action items due</source>
        <translation>期限が近い宿題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action item is due this week or overdue.</source>
        <translation>期限が近い宿題・期限切れの宿題はありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remarks awaiting a response</source>
        <translation>対応待ちの意見</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No remark is waiting for a response.</source>
        <translation>対応待ちの意見はありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Letters awaiting a reply</source>
        <translation>回答待ちの文書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No letter is waiting for a reply.</source>
        <translation>回答待ちの文書はありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Terms of office ending</source>
        <translation>任期終了が近い委員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No term of office ends in the next three months.</source>
        <translation>3か月以内に任期が終了する委員はいません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Visits ahead</source>
        <translation>今後の視察・訪問</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visit is planned.</source>
        <translation>予定されている視察・訪問はありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Events ahead</source>
        <translation>今後の行事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No event is planned.</source>
        <translation>予定されている行事はありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/section_box.py" line="+116"/>
        <source>%1 (%2)</source>
        <translation>%1（%2件）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>… and %1 more</source>
        <translation>ほか%1件</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/lines.py" line="+29"/>
        <source>notice not issued</source>
        <translation>開催通知未発送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no agenda</source>
        <translation>議題未登録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendance not taken</source>
        <translation>出欠未入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes not approved</source>
        <translation>議事録未承認</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <translation>・</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  %2 — %3</source>
        <translation>%1&#x3000;%2&#x3000;［%3］</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  %2 — ready</source>
        <translation>%1&#x3000;%2&#x3000;［準備済み］</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  %2</source>
        <translation>%1&#x3000;%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no owner</source>
        <translation>担当未定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 overdue  %3: %2 (%4)</source>
        <translation>%1 期限切れ&#x3000;担当：%3&#x3000;%2（%4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 due  %3: %2 (%4)</source>
        <translation>%1 期限&#x3000;担当：%3&#x3000;%2（%4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply needed  %2 — %3</source>
        <translation>要回答&#x3000;%2（%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting their reply  %2 — %3</source>
        <translation>先方回答待ち&#x3000;%2（%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply by %1  %2 — %3</source>
        <translation>%1までに回答&#x3000;%2（%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their reply by %1  %2 — %3</source>
        <translation>%1までに先方回答&#x3000;%2（%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[%1] %2: %3 — %4</source>
        <translation>［%1］%2：%3（%4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term ended %1  %2 (%3)</source>
        <translation>%1 任期終了済み&#x3000;%2（%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term ends %1  %2 (%3)</source>
        <translation>%1 任期終了&#x3000;%2（%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  [%2]  %3</source>
        <translation>%1&#x3000;［%2］&#x3000;%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied %1</source>
        <translation>申込 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, %1 waiting</source>
        <translation>・キャンセル待ち %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, %1 to be told</source>
        <translation>・要連絡 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/recovery.py" line="+33"/>
        <source>Unfinished Remark Restored</source>
        <translation>記録途中の発言を復元しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app closed while %1 was being recorded.

The unfinished remark is back in the record, with its speaker: check it and go on typing.</source>
        <translation>%1 の記録中にアプリが終了しました。

入力途中の発言を発言者とともに記録画面に戻しました。内容を確認して入力を続けてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/home_tab.py" line="+68"/>
        <source>Nothing to do today.</source>
        <translation>今日やることはありません。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Today: %1</source>
        <translation>本日：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/draft_banner.py" line="+29"/>
        <source>Open the Meeting Being Recorded</source>
        <translation>記録途中の会議を開く</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: </source>
        <translation>%1：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An unfinished remark of %1 is kept: %2「%3」</source>
        <translation>%1 の記録に入力途中の発言が残っています。%2「%3」</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(%1 more meetings have an unfinished remark.)</source>
        <translation>（ほかに%1件の会議に入力途中の発言があります）</translation>
    </message>
</context>
<context>
    <name>ImportApplicationsDialog</name>
    <message>
        <location filename="../../app/ui/events/application_messages.py" line="+31"/>
        <location line="+11"/>
        <location filename="../../app/ui/events/import_dialog.py" line="+122"/>
        <location line="+196"/>
        <source>Import Applications</source>
        <translation>申込みの取り込み</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The file cannot be read: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Application files (*.csv *.xlsx);;All files (*)</source>
        <translation>申込ファイル (*.csv *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 accepted</source>
        <translation>受付 %1件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 waitlisted</source>
        <translation>キャンセル待ち %1件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 not imported because of errors</source>
        <translation>誤りのため取り込まず %1件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 merged into an earlier application</source>
        <translation>先の申込みに統合 %1件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported: %1.</source>
        <translation>取り込みました（%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>participant no. %1</source>
        <translation>受付番号 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1 (%2) applied again and was merged into %3.</source>
        <translation>%1 行目(%2 さん)は重複した申込みのため、%3 に統合しました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not imported (errors): rows %1</source>
        <translation>誤りのため取り込まなかった行: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/events/import_dialog.py" line="-250"/>
        <source>Choose Another File…</source>
        <translation>別のファイルを選択…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Applied before:</source>
        <translation>重複した申込み(&amp;A):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge into the earlier application</source>
        <translation>先の申込みに統合する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record as a new participant</source>
        <translation>別の参加者として登録する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;valid rows only</source>
        <translation>誤りのない行だけを取り込む(&amp;V)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Rejected Rows…</source>
        <translation>取り込まない行を保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>取り込み(&amp;I)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>File: %1 (%2 rows)</source>
        <translation>ファイル: %1(%2 行)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 accepted, %2 waitlisted, %3 not imported because of errors, %4 merged as repeated applications.</source>
        <translation>%1件を受付、%2件をキャンセル待ち、%3件は誤りのため取り込みません、%4件は重複のため統合します。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of them are on the roster and are linked.</source>
        <translation>うち%1件は委員名簿の方と結び付けます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is imported while problems remain (in red), unless you import only the valid rows.</source>
        <translation>誤りのある行(赤字)が残っている間は取り込みません。誤りのない行だけを取り込むこともできます。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Save the Rejected Rows</source>
        <translation>取り込まない行の保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving the rejected rows</source>
        <translation>取り込まない行の保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rejected rows saved to %2.</source>
        <translation>取り込まない行 %1 件を %2 に保存しました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing…</source>
        <translation>取り込んでいます…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing was imported.</source>
        <translation>取り込みは行いませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing the applications</source>
        <translation>申込みの取り込み</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="+65"/>
        <source>Import Members: %1</source>
        <translation>委員の取込: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows: %2 can be imported, %3 have problems (shown in red).</source>
        <translation>全 %1 行: 取込可能 %2 行、エラー %3 行(赤字)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing is imported while problems remain, unless you import only the valid rows.</source>
        <translation>エラーが残っている間は取り込みません(正しい行だけを取り込むこともできます)。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import</source>
        <translation>取込</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Valid Rows, Save the Rest…</source>
        <translation>正しい行を取り込み、残りを保存…</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+15"/>
        <source>Importing the roster</source>
        <translation>名簿の取り込み</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Save the Rejected Rows</source>
        <translation>取り込まなかった行の保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+17"/>
        <source>Import Members</source>
        <translation>委員の取込</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Rosters (*.csv *.xlsx);;All files (*)</source>
        <translation>名簿 (*.csv *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file cannot be read: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/import_package_dialog.py" line="+55"/>
        <location line="+178"/>
        <location line="+10"/>
        <location line="+8"/>
        <source>Import Field Data</source>
        <translation>持ち帰りデータを取り込む</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Data of %1, exported %2.</source>
        <translation>%1 のデータ（%2 書き出し）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing changes until you press Import.</source>
        <translation>「取り込む」を押すまで何も変更されません。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What will change</source>
        <translation>変更される内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office version kept</source>
        <translation>事務所の版を維持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Other records, the same on both sides: %1</source>
        <translation>その他の記録（両方で同じ）: %1 件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed on both sides: choose which version to keep (%1)</source>
        <translation>両方で変更された記録：残す版を選んでください（%1件）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office version (updated %1)</source>
        <translation>事務所の版（%1 更新）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field version (updated %1)</source>
        <translation>持ち帰りの版（%1 更新）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office version: deleted here</source>
        <translation>事務所の版：削除済み</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Decide later (leave as it is here)</source>
        <translation>あとで決める（事務所の記録はそのまま）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the office version</source>
        <translation>事務所の版を残す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the field version</source>
        <translation>持ち帰りの版を採用する</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not imported: %1「%2」 (deleted here, or what it belongs to is)</source>
        <translation>取り込まない：%1「%2」（事務所で削除済み、または所属する記録が削除済み）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 attachments arrive without their file (use a .zip package).</source>
        <translation>添付ファイル %1 件はファイル本体が含まれていません（ZIP形式で書き出してください）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Importing the package</source>
        <translation>持ち帰りデータの取り込み</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported. Please note:</source>
        <translation>取り込みました。次の点にご注意ください。</translation>
    </message>
</context>
<context>
    <name>LetterDetailPane</name>
    <message>
        <location filename="../../app/ui/details/letter_detail.py" line="+56"/>
        <location line="+66"/>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Attachments (%1)</source>
        <translation>添付ファイル（%1件）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No attachments</source>
        <translation>添付ファイルなし</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>needed, by %1</source>
        <translation>要（期限 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needed</source>
        <translation>要</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their number</source>
        <translation>先方の文書番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>手段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related to</source>
        <translation>関連</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This file was changed outside the app; restore it from a backup.</source>
        <translation>このファイルはアプリの外で変更されています。バックアップから復元してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening %1</source>
        <translation>%1 を開く処理</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/letter_dialog.py" line="+42"/>
        <source>Letter Received</source>
        <translation>文書の収受</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter Sent</source>
        <translation>文書の発送</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting: </source>
        <translation>会議: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visit: </source>
        <translation>視察: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date *</source>
        <translation>日付 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject *</source>
        <translation>件名 *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their number</source>
        <translation>先方の文書番号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>手段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply due</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belongs to</source>
        <translation>関連</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the letter</source>
        <translation>文書</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <location filename="../../app/ui/widgets/list_tab.py" line="+277"/>
        <source>%1 shown of %2</source>
        <translation>%2件中 %1件を表示</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 records</source>
        <translation>%1件</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Select a row first.</source>
        <translation>先に行を選んでください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select the row to edit.</source>
        <translation>編集する行を選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tab_actions.py" line="+29"/>
        <source>Filter the List</source>
        <translation>一覧を絞り込む</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/tabs/members_tab.py" line="+219"/>
        <source>Members</source>
        <translation>委員</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/meetings_tab.py" line="+213"/>
        <source>Meetings</source>
        <translation>会議</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/visits_tab.py" line="+134"/>
        <source>Visits</source>
        <translation>視察・訪問</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/correspondence_tab.py" line="+7"/>
        <source>Correspondence</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menus.py" line="+85"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up Now</source>
        <translation>バックアップ(&amp;B)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore from Backup…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export for the Field…</source>
        <translation>持ち出し用に書き出す(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import Field Data…</source>
        <translation>持ち帰りデータを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Council Settings…</source>
        <translation>協議会の設定(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Re&amp;cords</source>
        <translation>記録(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search…</source>
        <translation>検索(&amp;S)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Activities…</source>
        <translation>実施事業(&amp;A)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Fiscal-Year Documents (report, registers)…</source>
        <translation>年度の文書(実施事業報告・文書簿)(&amp;F)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export &amp;Calendar (.ics)…</source>
        <translation>予定表(カレンダー)に書き出す(&amp;C)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボード ショートカット(&amp;K)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Jimukyoku Desk</source>
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 meetings, visits and events written to %2.</source>
        <translation>会議・視察・行事 %1 件を %2 に書き出しました。</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Show the %1 Tab</source>
        <translation>「%1」タブを表示</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="+126"/>
        <location line="+13"/>
        <location line="+10"/>
        <source>That record no longer exists.</source>
        <translation>その記録はもうありません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Data: %1</source>
        <translation>データ: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Jimukyoku Desk</source>
        <translation>事務局デスク</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Not saved yet</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last saved: %1</source>
        <translation>最終保存: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menus.py" line="+108"/>
        <source>Export Calendar</source>
        <translation>カレンダーに書き出す</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing %1</source>
        <translation>%1 の書き出し</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 records written to %2.</source>
        <translation>%1 件の記録を %2 に書き出しました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import Field Data</source>
        <translation>持ち帰りデータを取り込む</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data package (*.zip *.json)</source>
        <translation>データパッケージ (*.zip *.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="+17"/>
        <source>Imported: %1 added, %2 updated, %3 conflicts left as they are.</source>
        <translation>取り込みました：追加 %1 件、更新 %2 件、未解決の競合 %3 件（そのまま）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_runner.py" line="+43"/>
        <location line="+15"/>
        <source>Backing up…</source>
        <translation>バックアップ中…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Making today&apos;s backup…</source>
        <translation>本日のバックアップを作成しています…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Backup saved and verified: %1</source>
        <translation>バックアップを保存し、検証しました: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup failed</source>
        <translation>バックアップに失敗しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup could not be made. Your data is unchanged.

%1</source>
        <translation>バックアップを作成できませんでした。データは変更されていません。

%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/home_tab.py" line="+12"/>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location filename="../../app/ui/tabs/events_tab.py" line="+9"/>
        <source>Events</source>
        <translation>行事</translation>
    </message>
</context>
<context>
    <name>MeetingDetailPane</name>
    <message>
        <location filename="../../app/ui/details/meeting_detail.py" line="+46"/>
        <source>Attendance not recorded</source>
        <translation>出欠未記入</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (other attendees %1)</source>
        <translation>（委員以外 %1名）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>議長</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder</source>
        <translation>記録者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>出欠</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agenda</source>
        <translation>議題</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No agenda items yet.</source>
        <translation>議題はまだありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents issued</source>
        <translation>発行した文書</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None registered.</source>
        <translation>登録されていません。</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/meeting_dialog.py" line="+49"/>
        <source>New Meeting</source>
        <translation>会議の追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Meeting</source>
        <translation>会議の編集</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. </source>
        <translation>第</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open to the public</source>
        <translation>公開</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Body *</source>
        <translation>会議体 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date *</source>
        <translation>開催日 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>議長</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder</source>
        <translation>記録者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute signer 1</source>
        <translation>議事録署名人1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute signer 2</source>
        <translation>議事録署名人2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next meeting</source>
        <translation>次回開催予定</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This meeting is approved and locked.</source>
        <translation>この会議は承認済みのため編集できません。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>the meeting</source>
        <translation>会議</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <location filename="../../app/ui/meeting/meeting_window.py" line="+63"/>
        <location line="+46"/>
        <source>Attendance</source>
        <translation>出欠</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+45"/>
        <source>Agenda</source>
        <translation>議題</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+44"/>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Meeting</source>
        <translation>会議(&amp;M)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit Meeting &amp;Details…</source>
        <translation>会議情報の編集(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;Document…</source>
        <translation>文書を作成(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Advance Status</source>
        <translation>状態を進める(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock for Correction…</source>
        <translation>承認を解除して訂正(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full &amp;Screen</source>
        <translation>全画面表示(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Changing the meeting&apos;s status</source>
        <translation>会議の状態の変更</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Now: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock Approved Minutes</source>
        <translation>承認済議事録の訂正</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These minutes are approved. Every change from now on is recorded in the audit trail.
Reason for the correction:</source>
        <translation>この議事録は承認済です。これ以降の変更はすべて変更履歴に記録されます。
訂正の理由:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A reason is required.</source>
        <translation>理由を入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the unlocking of the minutes</source>
        <translation>承認済議事録の訂正の開始</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../app/ui/tabs/meetings_tab.py" line="-175"/>
        <source>No meetings yet.</source>
        <translation>登録された会議はまだありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by title, body or place</source>
        <translation>件名・会議体・場所で絞り込み</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New Meeting…</source>
        <translation>追加(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New meeting</source>
        <translation>新規会議</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the meeting: attendance, agenda and the record</source>
        <translation>会議を開く(出欠・議題・記録)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit the meeting&apos;s date, place and body</source>
        <translation>会議の日時・場所・会議体を編集</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Advance Status</source>
        <translation>状態を進める(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advance the status: planned, held, minutes, approved</source>
        <translation>状態を進める(予定→開催済→議事録作成中→承認済)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remarks &amp;&amp; &amp;Responses…</source>
        <translation>意見と対応(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remarks still waiting for a response, across meetings</source>
        <translation>対応待ちの意見(全会議)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All bodies</source>
        <translation>すべての会議体</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All fiscal years</source>
        <translation>すべての年度</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Select the meeting to open.</source>
        <translation>開く会議を選んでください。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This meeting is already approved.</source>
        <translation>この会議はすでに承認済みです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changing the status of %1</source>
        <translation>%1 の状態の変更</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: now %2</source>
        <translation>%1: %2 にしました</translation>
    </message>
</context>
<context>
    <name>MeetingsTableModel</name>
    <message>
        <location filename="../../app/ui/tablemodels/meetings_model.py" line="+16"/>
        <source>No. %1</source>
        <translation>第%1回</translation>
    </message>
</context>
<context>
    <name>MemberDetailPane</name>
    <message>
        <location filename="../../app/ui/details/member_detail.py" line="+46"/>
        <source>Organization</source>
        <translation>所属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>任期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meetings attended</source>
        <translation>出席した会議</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>None yet.</source>
        <translation>まだありません。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Remarks</source>
        <translation>発言</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open action items</source>
        <translation>未完了の宿題</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None.</source>
        <translation>ありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>and %1 more</source>
        <translation>ほか%1件</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="+45"/>
        <source>New Member</source>
        <translation>委員の追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Member</source>
        <translation>委員の編集</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. さいとう いちろう</source>
        <translation>例: さいとう いちろう</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Family name *</source>
        <translation>姓 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading (furigana) *</source>
        <translation>ふりがな *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>所属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term starts</source>
        <translation>任期開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term ends</source>
        <translation>任期終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the member</source>
        <translation>委員の情報</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../app/ui/tabs/members_tab.py" line="-173"/>
        <source>No members yet.</source>
        <translation>登録された委員はまだいません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All roles</source>
        <translation>すべての区分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Term ends within 3 months</source>
        <translation>任期終了3か月以内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show archived</source>
        <translation>アーカイブ済みも表示</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter by name, reading or organization</source>
        <translation>氏名・よみ・所属で絞り込み</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New Member…</source>
        <translation>追加(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New member</source>
        <translation>新規委員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit the selected member</source>
        <translation>選択した委員を編集</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the selected member (archived if in records)</source>
        <translation>選択した委員を削除(記録にある委員は保管扱い)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>取込(&amp;I)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import members from Excel or CSV</source>
        <translation>Excel・CSVから委員を取り込む</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport…</source>
        <translation>書出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the roster to Excel or CSV</source>
        <translation>委員名簿をExcel・CSVに書き出す</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print Roster…</source>
        <translation>委員名簿を印刷(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roster as PDF or Word, with preview and printing</source>
        <translation>委員名簿をPDF・Wordで作成(プレビュー・印刷)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Organizations…</source>
        <translation>所属団体(&amp;O)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The organizations members belong to</source>
        <translation>委員の所属団体</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Imported %1 members.</source>
        <translation>委員 %1 名を取り込みました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Roster</source>
        <translation>名簿の書き出し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roster.xlsx</source>
        <translation>委員名簿.xlsx</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote %1 members to %2.</source>
        <translation>委員 %1 名を %2 に書き出しました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove Member</source>
        <translation>委員の削除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1? A member who appears in minutes, attendance or visits is archived (kept in those records, hidden from the roster) instead of deleted.</source>
        <translation>%1 を削除しますか?議事録・出欠・視察の記録に登場する委員は削除せずアーカイブします(記録には残り、名簿には表示されません)。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Removing %1</source>
        <translation>%1 の削除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was archived.</source>
        <translation>%1 をアーカイブしました。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 was deleted.</source>
        <translation>%1 を削除しました。</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/organization_dialog.py" line="+29"/>
        <source>New Organization</source>
        <translation>所属団体の追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Organization</source>
        <translation>所属団体の編集</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. かぶしきがいしゃはまだせいき</source>
        <translation>例: かぶしきがいしゃはまだせいき</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 045-000-0000</source>
        <translation>例: 045-000-0000</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading (kana)</source>
        <translation>よみ(かな)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the organization</source>
        <translation>所属団体</translation>
    </message>
</context>
<context>
    <name>OrganizationsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/organizations_dialog.py" line="+61"/>
        <source>Organizations</source>
        <translation>所属団体</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show archived</source>
        <translation>アーカイブ済も表示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Removing the organization</source>
        <translation>所属団体の削除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is used in records and was archived (Show archived to see it).</source>
        <translation>%1 は記録に使われているため、削除せずアーカイブしました(「アーカイブ済も表示」で確認できます)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was deleted.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restoring the organization</source>
        <translation>所属団体を元に戻す操作</translation>
    </message>
</context>
<context>
    <name>OverwriteDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/overwrite_dialog.py" line="+33"/>
        <source>Files Exist</source>
        <translation>同じ名前のファイルがあります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These files exist already:
%1</source>
        <translation>次のファイルがすでにあります:
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep both (the new files get a number), or overwrite the old ones?</source>
        <translation>両方残しますか(新しいファイルに番号を付けます)、それとも上書きしますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep Both</source>
        <translation>別名で保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite</source>
        <translation>上書き</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../app/ui/events/participant_dialog.py" line="+48"/>
        <source>New Participant</source>
        <translation>参加者の追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Participant</source>
        <translation>参加者の編集</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>in kana, for sorting</source>
        <translation>カタカナ（並べ替えに使います）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in kana, without 株式会社: for the list by organization</source>
        <translation>かなで入力（株式会社などは除く）。所属順の名簿の並びに使います</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Joins the reception</source>
        <translation>懇親会に参加</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name *</source>
        <translation>氏名 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>所属</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization reading</source>
        <translation>所属のよみ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied by</source>
        <translation>申込方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee category</source>
        <translation>参加区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>入金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>入金日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid (yen)</source>
        <translation>入金額（円）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by</source>
        <translation>支払方法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the participant</source>
        <translation>参加者の情報</translation>
    </message>
</context>
<context>
    <name>ParticipantsTableModel</name>
    <message>
        <location filename="../../app/ui/tablemodels/participants_model.py" line="+28"/>
        <source>%1 — to be told</source>
        <translation>%1・要連絡</translation>
    </message>
</context>
<context>
    <name>PeopleExport</name>
    <message>
        <location filename="../../app/ui/widgets/people_export.py" line="+25"/>
        <source>Include e-mail, phone and address? These are personal information: export them only when the file stays inside the secretariat.</source>
        <translation>メール・電話・住所を含めますか?個人情報のため、事務局内で扱うファイルの場合だけ含めてください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 with BOM (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV(UTF-8 BOM付き) (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing %1</source>
        <translation>%1 の書き出し</translation>
    </message>
</context>
<context>
    <name>PillarsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/pillars_dialog.py" line="+14"/>
        <source>Pillars</source>
        <translation>方針</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>番号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pillar</source>
        <translation>方針</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/texts/qt_gaps.py" line="+14"/>
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>QuestionPicker</name>
    <message>
        <location filename="../../app/ui/capture/question_picker.py" line="+28"/>
        <source>Answers Which Question</source>
        <translation>回答する質問</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This answer:
%1</source>
        <translation>この回答:
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The nearest question before it (default)</source>
        <translation>直前の質問(既定)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Answers (Enter chooses):</source>
        <translation>回答する質問(Enter で選択):</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../app/ui/read_only.py" line="+25"/>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read-only: changes cannot be made or saved in this window.</source>
        <translation>読み取り専用: このウィンドウでは変更も保存もできません。</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <location filename="../../app/ui/events/reception_texts.py" line="+16"/>
        <source>¥%1</source>
        <translation>%1円</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waitlist %1</source>
        <translation>キャンセル待ち %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In %1</source>
        <translation>受付済 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet</source>
        <translation>未受付</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No category</source>
        <translation>区分なし</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 paid %2</source>
        <translation>%1 %2 受領</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 waived</source>
        <translation>%1 免除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 due</source>
        <translation>%1 %2 未収</translation>
    </message>
</context>
<context>
    <name>ReceptionPanel</name>
    <message>
        <location filename="../../app/ui/events/reception_panel.py" line="+62"/>
        <source>Walk-in… (Ctrl+N)</source>
        <translation>当日参加を追加… (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo last check-in (Ctrl+Z)</source>
        <translation>直前の受付を取り消す (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type a few kana of the name or the company, or the reception number, then press Enter.</source>
        <translation>氏名か会社名のよみを数文字、または受付番号を入力して Enter を押してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+39"/>
        <source>Check in (Enter)</source>
        <translation>受付 (Enter)</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+14"/>
        <source>Check in, fee waived (Ctrl+M)</source>
        <translation>受付・参加費免除 (Ctrl+M)</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+15"/>
        <source>Check in, pay later (Shift+Enter)</source>
        <translation>受付のみ・参加費は後日 (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No. %1</source>
        <translation>受付番号 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked in at %1</source>
        <translation>%1 受付済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked in yet</source>
        <translation>未受付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks before checking in.</source>
        <translation>受付の前に確認します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check in and receive %1 (Enter)</source>
        <translation>受付して参加費 %1を受領 (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already checked in (Enter)</source>
        <translation>受付済みです (Enter)</translation>
    </message>
</context>
<context>
    <name>ReceptionWindow</name>
    <message>
        <location filename="../../app/ui/events/admission_question.py" line="+17"/>
        <source>Check in</source>
        <translation>受付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2. Let them in and check them in?</source>
        <translation>%1 様は「%2」です。参加として受付しますか。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They then count as attending, even beyond the capacity.</source>
        <translation>受付すると、定員を超える場合も参加者に数えます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Yes, check in</source>
        <translation>受付する(&amp;Y)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../app/ui/events/reception.py" line="+63"/>
        <source>Reception — %1</source>
        <translation>受付 — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kana of the name or company, or the number</source>
        <translation>氏名・会社名のよみ、または受付番号</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>↑↓ choose · Esc clear · F5 reload · Ctrl+N walk-in · Ctrl+Z undo · F1 all keys</source>
        <translation>↑↓ 選択 · Esc 入力を消去 · F5 最新の状態に更新 · Ctrl+N 当日参加 · Ctrl+Z 直前の受付を取消 · F1 キー一覧</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kana, katakana or romaji of the reading, part of the name or company, or the reception number. ↑↓ choose, Enter checks in, Esc clears.</source>
        <translation>よみ（ひらがな・カタカナ・ローマ字）、氏名や会社名の一部、または受付番号で探します。↑↓ で選択、Enter で受付、Esc で入力を消去します。</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Nobody found. A walk-in? Press Ctrl+N.</source>
        <translation>該当する参加者がいません。当日参加の方は Ctrl+N で追加してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed elsewhere meanwhile: the list was read again.</source>
        <translation>ほかの場所で変更されたため、一覧を読み込み直しました。もう一度選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No longer attending: the list was read again.</source>
        <translation>この方は参加ではなくなっています。一覧を読み込み直しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check-in</source>
        <translation>受付</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was already checked in at %2.</source>
        <translation>%1 様は %2 に受付済みです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1  %2 checked in.</source>
        <translation>%1&#x3000;%2 様を受付しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Received %1.</source>
        <translation>参加費 %1を受領しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Fee waived.</source>
        <translation>参加費は免除です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Fee of %1 still due.</source>
        <translation>参加費 %1は未収です。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not undone: changed elsewhere meanwhile.</source>
        <translation>ほかの場所で変更されたため、受付を取り消しませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undoing the check-in</source>
        <translation>受付の取消</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-in of %1 undone.</source>
        <translation>%1 様の受付を取り消しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> The walk-in stays recorded; cancel it in the events tab if need be.</source>
        <translation>当日参加の登録は残っています。不要な場合は行事タブで取消してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/events/reception_keys.py" line="+25"/>
        <source>Check-in</source>
        <translation>受付の操作</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check In, Receiving the Fee Shown</source>
        <translation>受付して表示の参加費を受領</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check In, Pay Later</source>
        <translation>受付のみ・参加費は後日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check In, Fee Waived</source>
        <translation>受付・参加費免除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose Another in the List</source>
        <translation>一覧で選び直す</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear the Search Field</source>
        <translation>検索欄を消去</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let In Someone Waitlisted or Cancelled (When Asked)</source>
        <translation>キャンセル待ち・取消の人を受け付ける（確認画面で）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Walk-in</source>
        <translation>当日参加を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the Last Check-in</source>
        <translation>直前の受付を取り消す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the List Again</source>
        <translation>一覧を最新の状態に更新</translation>
    </message>
</context>
<context>
    <name>RemarkListKeys</name>
    <message>
        <location filename="../../app/ui/capture/remark_list_keys.py" line="+59"/>
        <source>Edit</source>
        <translation>修正</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answers which question…</source>
        <translation>回答する質問を選ぶ…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>ResponsesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/responses_dialog.py" line="+66"/>
        <source>Remarks and Responses</source>
        <translation>意見と対応(前回意見への対応)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open only</source>
        <translation>未対応・対応中のみ</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save Response (Ctrl+S)</source>
        <translation>対応を保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remark</source>
        <translation>意見</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>対応内容</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No remark is waiting for a response.</source>
        <translation>対応待ちの意見はありません。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That meeting is approved: unlock it to record a response.</source>
        <translation>この会議は承認済です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the response</source>
        <translation>対応内容</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="+31"/>
        <location line="+71"/>
        <location line="+32"/>
        <source>Restore from Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Choose the backup to restore. The current data is backed up first, so this step can be undone by restoring that backup.</source>
        <translation>復元するバックアップを選んでください。現在のデータは先にバックアップされるため、そのバックアップを復元すれば元に戻せます。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Other File…</source>
        <translation>他のファイル…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Daily</source>
        <translation>日次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of session</source>
        <translation>終了時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before update</source>
        <translation>更新前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before restore</source>
        <translation>復元前</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a Backup File</source>
        <translation>バックアップファイルを選択</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database files (*.sqlite3 *.db)</source>
        <translation>データベースファイル (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Replace the current data with the backup of %1?</source>
        <translation>現在のデータを %1 のバックアップで置き換えますか?</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Restore failed</source>
        <translation>復元に失敗しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup was not restored; your data is unchanged.

%1</source>
        <translation>バックアップは復元されませんでした。データは変更されていません。

%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup was restored.</source>
        <translation>バックアップを復元しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data as it was before is kept in %1</source>
        <translation>復元前のデータは次に保存してあります: %1</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../app/ui/widgets/rows_editor.py" line="+33"/>
        <source>Add Row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Row</source>
        <translation>行を削除</translation>
    </message>
</context>
<context>
    <name>SaveFailed</name>
    <message>
        <location filename="../../app/ui/widgets/save_failed.py" line="+28"/>
        <source>Not saved</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not done</source>
        <translation>実行できませんでした</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/search_dialog.py" line="+47"/>
        <source>Current members</source>
        <translation>現任の委員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived members</source>
        <translation>退任した委員</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Words to find, e.g. 補助金 視察 (all words must appear)</source>
        <translation>探す言葉(例:補助金 視察 ― 空白で区切った言葉をすべて含む記録)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From (e.g. R7.4.1)</source>
        <translation>開始日(R7.4.1 など)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>All fiscal years</source>
        <translation>すべての年度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All bodies</source>
        <translation>すべての会議体</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone</source>
        <translation>発言者・担当者すべて</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any status</source>
        <translation>すべての状況</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not a date: write it like 2025-04-01 or R7.4.1.</source>
        <translation>日付として読めません。2025-04-01 や R7.4.1 のように入力してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type words to find in every record.</source>
        <translation>探す言葉を入力してください。発言・議題・宿題・視察・文書・委員をまとめて検索します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 records found. Enter opens the selected one.</source>
        <translation>%1件見つかりました。Enter で選んだ記録を開きます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>見つかりませんでした。言葉を減らすか、短くしてみてください。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="+27"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> backups</source>
        <translation> 件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Yamada (used in the change history)</source>
        <translation>例: 山田(変更履歴に記録されます)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the remark kind for the next remark</source>
        <translation>発言の種類を次の発言でも保つ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the Record tab: a question stays a question for the next remark, until you choose another kind (Ctrl+1 …). Off: each remark starts as an opinion.</source>
        <translation>「記録」タブで、選んだ発言の種類(質問など)を次の発言にも引き継ぎます。別の種類を選ぶ(Ctrl+1 など)まで変わりません。オフの場合は、発言ごとに「意見」に戻ります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The label sheet name badges are printed on (also chosen when printing)</source>
        <translation>名札を印刷するラベル用紙（印刷のときにも選べます）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation>表示言語:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic backups kept:</source>
        <translation>自動バックアップの保存数:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name:</source>
        <translation>担当者名:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes:</source>
        <translation>議事録の記録:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name badges:</source>
        <translation>名札の用紙:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language takes effect when the app is next started.</source>
        <translation>表示言語の変更は次回起動時に反映されます。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The settings were not saved: the settings file could not be written.
%1
They apply until the app is closed. Check that the folder can be written to, then save again.</source>
        <translation>設定を保存できませんでした。設定ファイルに書き込めません。
%1
アプリを閉じるまでは、この設定が使われます。フォルダーに書き込めるか確認してから、もう一度保存してください。</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../app/ui/shortcut_sheet.py" line="+32"/>
        <source>Anywhere in the Window</source>
        <translation>ウィンドウ全体</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Other Keys</source>
        <translation>その他のキー</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="+29"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボード ショートカット</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A tab&apos;s keys work while that tab is shown. Alt and the underlined letter press a toolbar button or open a menu.</source>
        <translation>タブごとのキーは、そのタブを表示しているときに使えます。Alt キーと下線の付いた文字で、ツールバーのボタンを押したりメニューを開いたりできます。</translation>
    </message>
</context>
<context>
    <name>VisitDetailPane</name>
    <message>
        <location filename="../../app/ui/details/visit_detail.py" line="+42"/>
        <source>Dates</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destinations</source>
        <translation>訪問先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosts</source>
        <translation>受入・主催</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Itinerary</source>
        <translation>行程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No itinerary yet.</source>
        <translation>行程はまだありません。</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Participants (%1)</source>
        <translation>参加者（%1名）</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>None yet.</source>
        <translation>まだありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host side (%1)</source>
        <translation>先方出席者（%1名）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents</source>
        <translation>関連文書</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None registered.</source>
        <translation>登録されていません。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="+59"/>
        <source>New Visit</source>
        <translation>視察・訪問の追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+92"/>
        <source>Edit Visit</source>
        <translation>視察・訪問の編集</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+190"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+190"/>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+168"/>
        <source>Host attendees</source>
        <translation>先方出席者</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Itinerary</source>
        <translation>行程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>所見・成果</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Impressions (live)</source>
        <translation>感想の記録</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Impressions are recorded into the saved visit, one remark at a time. Save the visit to start; this window stays open.</source>
        <translation>感想は、保存した視察に一件ずつ記録します。記録を始めるには、まず視察を保存してください(この画面は閉じません)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the Visit and Record Impressions</source>
        <translation>視察を保存して感想を記録する</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The visit is saved: record the impressions.</source>
        <translation>視察を保存しました。感想を記録してください。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>separate with 、 e.g. A市工業会、A市</source>
        <translation>「、」で区切る 例: A市工業会、A市</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title *</source>
        <translation>件名 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit or hosting</source>
        <translation>訪問・受入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From *</source>
        <translation>初日 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>最終日</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Organizations</source>
        <translation>訪問先・受入先</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Visitors</source>
        <translation>来訪者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received at</source>
        <translation>受入先</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Members (check who went; Space toggles)</source>
        <translation>委員(参加者にチェック。Space で切り替え)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff and others who are not members</source>
        <translation>事務局・委員以外の参加者</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings</source>
        <translation>所見</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>成果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures</source>
        <translation>成果の数値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>今後の取組み(宿題)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not saved: see the fields marked in red on %1.</source>
        <translation>保存していません。赤字の項目を確認してください: %1</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+182"/>
        <source>the visit</source>
        <translation>視察・訪問</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../app/ui/tabs/visits_tab.py" line="-101"/>
        <source>No visits yet.</source>
        <translation>登録された視察・訪問はまだありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Visits and hosting</source>
        <translation>訪問・受入</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter by title or region</source>
        <translation>件名・地域で絞り込み</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New Visit…</source>
        <translation>追加(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New visit or hosting</source>
        <translation>新規視察・訪問</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit the selected visit</source>
        <translation>選択した視察・訪問を編集</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Documents…</source>
        <translation>文書を作成(&amp;D)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Visit report, request and thank-you letters</source>
        <translation>視察報告書・依頼状・礼状を作成</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All fiscal years</source>
        <translation>すべての年度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All regions</source>
        <translation>すべての地域</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../app/ui/events/walk_in_dialog.py" line="+46"/>
        <source>Walk-in</source>
        <translation>当日参加</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. やまだ たろう</source>
        <translation>例：やまだ たろう</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no fee)</source>
        <translation>（参加費なし）</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Also the %1 (%2)</source>
        <translation>%1にも参加（%2）</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+57"/>
        <source>Received in cash</source>
        <translation>現金で受領</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Waived</source>
        <translation>免除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay later</source>
        <translation>後日支払い</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name *</source>
        <translation>氏名 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading (kana)</source>
        <translation>よみ（かな）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>所属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee category</source>
        <translation>参加費区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get-together</source>
        <translation>懇親会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee</source>
        <translation>参加費</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check in</source>
        <translation>受付</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Received in cash (%1)</source>
        <translation>現金で受領（%1）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the walk-in</source>
        <translation>当日参加の登録</translation>
    </message>
</context>
<context>
    <name>_Field</name>
    <message>
        <location filename="../../app/ui/widgets/date_fields.py" line="+64"/>
        <source>Set</source>
        <translation>指定する</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app/ui/app.py" line="+49"/>
        <source>Jimukyoku Desk</source>
        <translation>事務局デスク</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is empty.
Load the sample data (a fictional committee) to try the app?</source>
        <translation>このデータベースは空です。
サンプルデータ(架空の委員会)を読み込んで試してみますか?</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/run.py" line="+28"/>
        <source>usage: </source>
        <translation>使い方: </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>commands</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show this help and exit</source>
        <translation>このヘルプを表示して終了する</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jimukyoku Desk: the desktop office of a council secretariat.</source>
        <translation>事務局デスク: 協議会・委員会事務局のためのデスクトップアプリ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>database file or SQLAlchemy URL (default: $JIMUKYOKU_DATABASE_URL, else the file in the user data folder)</source>
        <translation>データベースファイルまたは SQLAlchemy URL(既定: $JIMUKYOKU_DATABASE_URL、なければユーザーデータフォルダのファイル)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>language of the interface</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show the version and exit</source>
        <translation>バージョンを表示して終了する</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open the window (the default)</source>
        <translation>ウィンドウを開く(既定)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>save a picture of the main window to FILE.png and exit</source>
        <translation>メインウィンドウの画像を FILE.png に保存して終了する</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tab to show: home, members, meetings, visits, correspondence …</source>
        <translation>表示するタブ: home, members, meetings, visits, correspondence …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fill an empty database with fictional sample data</source>
        <translation>空のデータベースに架空のサンプルデータを読み込む</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the database; exit code 0 only when healthy</source>
        <translation>データベースを検査する(正常なときだけ終了コード0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>make a verified backup</source>
        <translation>検証済みのバックアップを作成する</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the backup to FILE</source>
        <translation>バックアップを FILE に書き出す</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replace the database by a backup</source>
        <translation>データベースをバックアップで置き換える</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backup file</source>
        <translation>バックアップファイル</translation>
    </message>
    <message>
        <location filename="../../app/cli/database.py" line="+71"/>
        <source>another process</source>
        <translation>別のプロセス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is in use by %1.</source>
        <translation>データベースは使用中です: %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The database could not be opened.</source>
        <translation>データベースを開けませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was saved.</source>
        <translation>何も保存されていません。</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+56"/>
        <source>Newest good backup: %1</source>
        <translation>最新の正常なバックアップ: %1</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>To restore it: jimukyoku --db %1 restore %2</source>
        <translation>復元するには: jimukyoku --db %1 restore %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+63"/>
        <source>No good backup was found.</source>
        <translation>正常なバックアップが見つかりません。</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Check the path given with --db. Only demo, members import, data import and restore make a new database.</source>
        <translation>--db に指定したパスを確認してください。新しいデータベースを作るのは demo・members import・data import・restore だけです。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy it to a folder you can write to, or open it read-only in the window.</source>
        <translation>書き込みできるフォルダーにコピーするか、ウィンドウで読み取り専用として開いてください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The database is not empty; sample data is only loaded into an empty one.</source>
        <translation>データベースが空ではありません。サンプルデータは空のデータベースにだけ読み込めます。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema revision: %1 (current: %2)</source>
        <translation>スキーマ版: %1(最新: %2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Integrity: ok</source>
        <translation>整合性: 正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity: DAMAGED</source>
        <translation>整合性: 破損あり</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The schema is not current; start the app once to update it.</source>
        <translation>スキーマが最新ではありません。アプリを一度起動すると更新されます。</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Sample data loaded: %1 members, %2 meetings, %3 remarks, %4 visits, %5 events, %6 letters.</source>
        <translation>サンプルデータを読み込みました: 委員%1名、会議%2件、発言%3件、視察・訪問%4件、行事%5件、文書%6件</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Backup saved and verified: %1</source>
        <translation>バックアップを保存し、検証しました: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restored from %1.</source>
        <translation>%1 から復元しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous data is kept in %1</source>
        <translation>復元前のデータは次に保存してあります: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/members.py" line="+20"/>
        <source>the member roster</source>
        <translation>委員名簿</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import members from a .csv or .xlsx file</source>
        <translation>.csv または .xlsx ファイルから委員を取り込む</translation>
    </message>
    <message>
        <location filename="../../app/cli/row_imports.py" line="+16"/>
        <source>import the valid rows even when other rows have errors</source>
        <translation>他の行にエラーがあっても正しい行を取り込む</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write the rows that were not imported, with their errors</source>
        <translation>取り込まなかった行をエラー内容とともに書き出す</translation>
    </message>
    <message>
        <location filename="../../app/cli/members.py" line="+5"/>
        <source>write the roster to a .csv or .xlsx file</source>
        <translation>名簿を .csv または .xlsx ファイルに書き出す</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/cli/event_applications.py" line="+51"/>
        <source>include e-mail, phone and address (personal information)</source>
        <translation>メール・電話・住所(個人情報)を含める</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the members in 50-sound order</source>
        <translation>委員を五十音順に一覧表示する</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../../app/cli/event_applications.py" line="+67"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../app/cli/event_applications.py" line="+16"/>
        <source>Nothing was imported: %1 rows have errors (see above).</source>
        <translation>取り込みは行いませんでした: %1 行にエラーがあります(上記参照)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %1 members.</source>
        <translation>委員 %1 名を取り込みました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/cli/event_applications.py" line="+56"/>
        <source>Cannot write %1: use a .csv or .xlsx file name.</source>
        <translation>%1 に書き出せません。ファイル名の拡張子を .csv か .xlsx にしてください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>with contact details</source>
        <translation>連絡先を含む</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without contact details</source>
        <translation>連絡先を含まない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1 members to %2 (%3).</source>
        <translation>委員 %1 名を %2 に書き出しました(%3)。</translation>
    </message>
    <message>
        <location filename="../../app/cli/documents.py" line="+20"/>
        <source>the meetings</source>
        <translation>会議</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list meetings: id, date, body, title</source>
        <translation>会議の一覧(ID・日付・会議体・件名)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the visits</source>
        <translation>視察・訪問</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list visits: id, dates, region, title</source>
        <translation>視察・訪問の一覧(ID・日程・地域・件名)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>write FILE.ics (re-importing updates, never doubles)</source>
        <translation>FILE.ics を書き出す(取り込み直すと更新され、重複しません)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>reports and registers: the Western year in which the FY starts</source>
        <translation>報告書・文書簿: 年度(その年度が始まる西暦年)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minutes: summary (要点筆記), verbatim (発言順) or brief (簡易); default: the body&apos;s</source>
        <translation>議事録の様式: summary(要点筆記)、verbatim(発言順)、brief(簡易)。省略時は会議体の設定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>badges: the label sheet, 10 or 12 to a sheet; default: as set in the window</source>
        <translation>名札: ラベル用紙(10面又は12面)。省略時は画面で設定した用紙</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>meetings, visits and events as an iCalendar (.ics) file</source>
        <translation>会議・視察・行事を iCalendar(.ics)ファイルに</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>write a document of a meeting, visit, event or fiscal year (.pdf or .docx)</source>
        <translation>会議・視察・行事・年度の文書を書き出す(.pdf または .docx)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>roster and participants: include e-mail and phone (personal information)</source>
        <translation>委員名簿・参加者: メール・電話を含める(個人情報)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Wrote %1 events to %2.</source>
        <translation>%1 件の予定を %2 に書き出しました。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no visit %1.</source>
        <translation>視察 %1 はありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/cli/event_applications.py" line="-130"/>
        <source>There is no event %1.</source>
        <translation>行事 %1 はありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Say which visit: --visit ID (see: visits list).</source>
        <translation>視察・訪問を指定してください: --visit ID(一覧は visits list)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say which event: --event ID (see: events list).</source>
        <translation>どの行事か指定してください: --event ID（一覧は events list）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say which fiscal year: --fiscal-year YYYY.</source>
        <translation>年度を指定してください: --fiscal-year YYYY(例: 2025 は令和7年度)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say which meeting: --meeting ID (see: meetings list).</source>
        <translation>会議を指定してください: --meeting ID(一覧は meetings list)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no meeting %1.</source>
        <translation>ID %1 の会議はありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no label sheet %1: choose %2.</source>
        <translation>ラベル用紙「%1」はありません。%2のいずれかを指定してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Write a .pdf or .docx file.</source>
        <translation>.pdf または .docx のファイル名を指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote %1.</source>
        <translation>%1 を書き出しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These characters cannot be printed with the document fonts: %1</source>
        <translation>次の文字は文書のフォントで印刷できません: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/search.py" line="+24"/>
        <source>search remarks, agenda items, actions, visits, letters, members, events</source>
        <translation>発言・議題・宿題・視察・文書・委員・行事を検索する</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>words to find</source>
        <translation>探す言葉(空白で区切るとすべてを含むもの)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hits shown per kind</source>
        <translation>種類ごとに表示する件数</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 found</source>
        <translation>%1件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… and %1 more</source>
        <translation>…ほか%1件</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing found for “%1”.</source>
        <translation>「%1」は見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/cli/interchange.py" line="+23"/>
        <source>data package for the field laptop (export, import)</source>
        <translation>持ち出し用ノートパソコンとのデータ受け渡し（書き出し・取り込み）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write FILE.json, or FILE.zip with the attached files</source>
        <translation>FILE.json（または添付ファイル付きの FILE.zip）に書き出す</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only records changed on or after DATE (and what they refer to)</source>
        <translation>DATE 以降に変更した記録（とその参照先）のみ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only this part (repeatable): %1</source>
        <translation>この部分のみ（複数指定可）: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>merge FILE in; conflicts are listed and left unchanged</source>
        <translation>FILE を取り込んで統合する（競合は一覧表示し、変更しない）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show what would change, change nothing</source>
        <translation>変更内容を表示するだけで、何も変更しない</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not a date: %1 (write e.g. 2025-06-01).</source>
        <translation>日付ではありません: %1（例: 2025-06-01）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote %1 records to %2.</source>
        <translation>%1 件の記録を %2 に書き出しました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attached files: %1</source>
        <translation>添付ファイル: %1 件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attached files missing from the data folder: %1</source>
        <translation>データフォルダーに見つからない添付ファイル: %1 件</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dry run: nothing was changed.</source>
        <translation>確認のみ：何も変更していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported.</source>
        <translation>取り込みました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The conflicts were left as they are here.</source>
        <translation>競合した記録は変更していません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Package of %1, exported %2</source>
        <translation>%1 のデータ（%2 書き出し）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: added %2, updated %3, unchanged %4, kept ours %5, conflicts %6</source>
        <translation>%1: 追加 %2 / 更新 %3 / 変更なし %4 / 事務所の版を維持 %5 / 競合 %6</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, not imported %1</source>
        <translation> / 取り込まない %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflicts (changed on both sides; choose in the app):</source>
        <translation>競合（両方で変更。アプリで選んでください）:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deleted here, changed there</source>
        <translation>事務所で削除、持ち帰り側で変更</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>    %1: here %2 / package %3</source>
        <translation>    %1: 事務所 %2 / 持ち帰り %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not imported: %1 %2 (deleted here, or what it belongs to is)</source>
        <translation>取り込まない: %1 %2（事務所で削除済み、または所属する記録が削除済み）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attachments without their file (use a .zip package): %1</source>
        <translation>ファイル本体のない添付ファイル（ZIP形式を使ってください）: %1 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="+34"/>
        <source>There is no tab %1; the tabs are: %2.</source>
        <translation>タブ %1 はありません。タブ: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/usage.py" line="+22"/>
        <source>missing: %1</source>
        <translation>指定が必要です: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not understood: %1</source>
        <translation>解釈できない指定があります: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not one of %2</source>
        <translation>%1 は指定できません(%2 のいずれかを指定してください)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a whole number: %1</source>
        <translation>整数ではありません: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a date (write e.g. 2025-06-01): %1</source>
        <translation>日付ではありません(例: 2025-06-01): %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a valid value: %1</source>
        <translation>値が正しくありません: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a value is needed after it</source>
        <translation>続けて値を指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at most one value may follow it</source>
        <translation>続けて指定できる値は1つまでです</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could mean %2: write it in full</source>
        <translation>%1 は %2 のどれか判別できません。省略せずに指定してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this option takes no value: %1</source>
        <translation>このオプションには値を指定できません: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To search for words that start with -, put -- before them:</source>
        <translation>「-」で始まる語を検索するときは、前に -- を置いてください:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <location filename="../../app/cli/events.py" line="+26"/>
        <source>events: seminars, exchange meetings, business fairs</source>
        <translation>行事(セミナー・交流会・商談会など)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the events, latest first</source>
        <translation>行事を新しい順に一覧表示します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fiscal year, e.g. 2025</source>
        <translation>年度(例: 2025)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>create an event and print its id</source>
        <translation>行事を登録し、その番号を表示します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>title of the event</source>
        <translation>行事名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date of the event</source>
        <translation>開催日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>doors open</source>
        <translation>開場時刻</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>starting time</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ending time</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address of the venue</source>
        <translation>会場の所在地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room</source>
        <translation>部屋名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>places (none: no limit)</source>
        <translation>定員(省略時は定員なし)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>application deadline</source>
        <translation>申込締切日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organiser</source>
        <translation>主催</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a fee, e.g. 会員=0 or 一般=1000 (repeatable)</source>
        <translation>参加費(例: 会員=0、一般=1000。複数指定できます)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown kind of event: %1 (use one of %2).</source>
        <translation>行事の種類「%1」は使えません。%2 のいずれかを指定してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 waiting</source>
        <translation>キャンセル待ち %1人</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the fee %1: write it as CATEGORY=YEN, e.g. 一般=1000.</source>
        <translation>参加費「%1」を読み取れません。区分=金額(例: 一般=1000)の形で指定してください。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The event was not created.</source>
        <translation>行事は登録されませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/cli/event_applications.py" line="-33"/>
        <source>import applications from a form&apos;s .csv or .xlsx file</source>
        <translation>申込フォームの .csv または .xlsx ファイルから申込みを取り込む</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>read a column as a field, e.g. 御社名=organization_name (repeatable)</source>
        <translation>列を項目として読み込む(例: 御社名=organization_name、複数指定可)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list an event&apos;s participants</source>
        <translation>行事の参加者を一覧表示する</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write them to a file</source>
        <translation>ファイルに書き出す</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot read --map %1: write COLUMN=FIELD with a column of the file (%2) and a field (%3), or COLUMN=- to leave the column out.</source>
        <translation>--map %1 を読み取れません: 列名=項目 の形で、ファイルの列(%2)と項目(%3)を指定してください。列を取り込まない場合は 列名=- と指定してください。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Accepted %1, waitlisted %2, merged %3, rejected %4.</source>
        <translation>受付 %1 件、キャンセル待ち %2 件、重複のため統合 %3 件、誤りのため取り込まなかったもの %4 件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>row %1: %2 is number %3 on the waitlist</source>
        <translation>%1 行目: %2 さんはキャンセル待ち %3 番です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>participant no. %1</source>
        <translation>受付番号 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1: %2 applied again: merged into %3</source>
        <translation>%1 行目: %2 さんの重複した申込みのため、%3 に統合しました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not imported (errors): rows %1</source>
        <translation>誤りのため取り込まなかった行: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 applicants linked to the roster.</source>
        <translation>%1 人を委員名簿と結び付けました。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrote %1 participants to %2.</source>
        <translation>参加者 %1 人を %2 に書き出しました。</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../app/ui/meeting/attendance_grid.py" line="-216"/>
        <location filename="../../app/ui/tablemodels/members_model.py" line="+18"/>
        <location filename="../../app/ui/tablemodels/participants_model.py" line="+37"/>
        <location filename="../../app/ui/tablemodels/reception_model.py" line="+30"/>
        <location filename="../../app/ui/events/application_columns.py" line="+17"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="-112"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attendance</source>
        <translation>出欠</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proxy / time / notice</source>
        <translation>代理・時刻・連絡</translation>
    </message>
    <message>
        <location filename="../../app/ui/tablemodels/members_model.py" line="+3"/>
        <location filename="../../app/ui/tablemodels/reception_model.py" line="+1"/>
        <location filename="../../app/ui/dialogs/organizations_dialog.py" line="-130"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="+1"/>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/attendance_grid.py" line="-6"/>
        <location filename="../../app/ui/tablemodels/members_model.py" line="+3"/>
        <location filename="../../app/ui/tablemodels/participants_model.py" line="+3"/>
        <location filename="../../app/ui/tablemodels/reception_model.py" line="+2"/>
        <location filename="../../app/ui/events/application_columns.py" line="+1"/>
        <location filename="../../app/ui/dialogs/activities_dialog.py" line="-155"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="+2"/>
        <source>Organization</source>
        <translation>所属</translation>
    </message>
    <message>
        <location filename="../../app/ui/tablemodels/members_model.py" line="+4"/>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/attendance_grid.py" line="-2"/>
        <location filename="../../app/ui/tablemodels/members_model.py" line="+1"/>
        <source>Role</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../app/ui/tablemodels/members_model.py" line="+2"/>
        <source>Term ends</source>
        <translation>任期終了</translation>
    </message>
    <message>
        <location filename="../../app/ui/tablemodels/events_model.py" line="+28"/>
        <location filename="../../app/ui/tablemodels/correspondence_model.py" line="+32"/>
        <location filename="../../app/ui/tablemodels/meetings_model.py" line="+15"/>
        <location filename="../../app/ui/dialogs/responses_dialog.py" line="-136"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>行事名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied/Capacity</source>
        <translation>申込/定員</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waitlist</source>
        <translation>キャンセル待ち</translation>
    </message>
    <message>
        <location filename="../../app/ui/tablemodels/correspondence_model.py" line="+6"/>
        <source>In/Out</source>
        <translation>収受・発送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document no.</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counterparty</source>
        <translation>相手方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../../app/ui/tablemodels/events_model.py" line="+5"/>
        <location filename="../../app/ui/tablemodels/correspondence_model.py" line="+1"/>
        <location filename="../../app/ui/tablemodels/meetings_model.py" line="+11"/>
        <location filename="../../app/ui/dialogs/responses_dialog.py" line="+7"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../app/ui/tablemodels/correspondence_model.py" line="+2"/>
        <source>Reply due</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belongs to</source>
        <translation>関連</translation>
    </message>
    <message>
        <location filename="../../app/ui/tablemodels/visits_model.py" line="+22"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../app/ui/tablemodels/events_model.py" line="-15"/>
        <location filename="../../app/ui/tablemodels/visits_model.py" line="+4"/>
        <location filename="../../app/ui/dialogs/organizations_dialog.py" line="+1"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../app/ui/tablemodels/visits_model.py" line="+1"/>
        <location filename="../../app/ui/tablemodels/meetings_model.py" line="-5"/>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/dialogs/organizations_dialog.py" line="+1"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../../app/ui/tablemodels/meetings_model.py" line="-2"/>
        <source>Body</source>
        <translation>会議体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>回</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../app/ui/events/application_columns.py" line="-2"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="-4"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applied</source>
        <translation>申込日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>取り込み後</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster member</source>
        <translation>名簿の委員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied before</source>
        <translation>重複</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="+7"/>
        <source>Problems</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/responses_dialog.py" line="-3"/>
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>発言者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remark</source>
        <translation>意見</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response</source>
        <translation>対応内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organizations_dialog.py" line="-7"/>
        <source>Organization name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>委員数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/activities_dialog.py" line="-4"/>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pillar</source>
        <translation>方針</translation>
    </message>
    <message>
        <location filename="../../app/ui/tablemodels/participants_model.py" line="-9"/>
        <source>Entry No.</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fee category</source>
        <translation>参加区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/activities_dialog.py" line="+1"/>
        <source>State</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../app/ui/tablemodels/participants_model.py" line="+1"/>
        <source>Payment</source>
        <translation>入金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>受付済</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/activities_dialog.py" line="+1"/>
        <source>Activity</source>
        <translation>事業</translation>
    </message>
    <message>
        <location filename="../../app/ui/tablemodels/reception_model.py" line="-8"/>
        <source>Rec. No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fee</source>
        <translation>参加費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception</source>
        <translation>受付</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../app/texts/conflicts.py" line="+26"/>
        <source>member</source>
        <translation>委員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organization</source>
        <translation>所属団体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agenda</source>
        <translation>議題の並び</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agenda item</source>
        <translation>議題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remark</source>
        <translation>発言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action item</source>
        <translation>宿題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendance record</source>
        <translation>出欠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendee</source>
        <translation>出席者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit</source>
        <translation>視察・訪問</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>行事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter</source>
        <translation>文書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>council settings</source>
        <translation>協議会の設定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>Organization</source>
        <translation>所属団体</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+115"/>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+98"/>
        <source>Role</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Term starts</source>
        <translation>任期開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term ends</source>
        <translation>任期終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+63"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>会議体</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorder</source>
        <translation>記録者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open to the public</source>
        <translation>公開</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next meeting</source>
        <translation>次回開催予定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>委員長</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute signers</source>
        <translation>議事録署名人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>議題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>提案内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter</source>
        <translation>説明者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>決定事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place in the list</source>
        <translation>順番</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>発言者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remark</source>
        <translation>発言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response status</source>
        <translation>対応状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>対応内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy</source>
        <translation>代理出席者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice of absence given</source>
        <translation>欠席連絡あり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attends as</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit or hosting</source>
        <translation>訪問・受入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>所見</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>成果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>所属団体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>委員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff and others</source>
        <translation>委員以外の参加者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host attendees</source>
        <translation>先方出席者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Itinerary</source>
        <translation>行程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures</source>
        <translation>成果の数値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>今後の取組み(宿題)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondent</source>
        <translation>相手方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>手段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their number</source>
        <translation>先方の文書番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply due</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>関連する会議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>関連する視察・訪問</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>略称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretariat</source>
        <translation>事務局</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person in charge</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公印省略</source>
        <translation>公印省略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice sent (days before)</source>
        <translation>開催通知の日付(開催日の何日前)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the chair</source>
        <translation>委員長の呼称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the minutes</source>
        <translation>議事録の表題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of attendees</source>
        <translation>出席者の並び順</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave dash</source>
        <translation>波ダッシュ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes style of the bodies</source>
        <translation>会議体ごとの議事録の形式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>主催</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doors open</source>
        <translation>開場</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue address</source>
        <translation>会場の所在地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>部屋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>交通案内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application deadline</source>
        <translation>申込締切</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>申込先（担当者）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact phone</source>
        <translation>申込先（電話）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact fax</source>
        <translation>申込先（FAX）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail</source>
        <translation>申込先（メール）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>実施事業</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pillar</source>
        <translation>事業の柱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees</source>
        <translation>参加費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timetable</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization reading</source>
        <translation>所属のよみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster member</source>
        <translation>名簿の委員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee category</source>
        <translation>参加区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>入金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>入金日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid</source>
        <translation>入金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by</source>
        <translation>支払方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied by</source>
        <translation>申込方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joins the reception</source>
        <translation>懇親会に参加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied</source>
        <translation>申込日時</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>宿題の内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>委員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>出欠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received or sent</source>
        <translation>収受・発送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../../app/texts/database.py" line="+18"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database was made by a newer version (%1). Please update the app.</source>
        <translation>このデータベースは新しいバージョン(%1)で作成されています。アプリを更新してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no database at %1.</source>
        <translation>%1 にデータベースがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a folder, not a database file. Give the path of the file.</source>
        <translation>%1 はフォルダーです。データベースのファイルではありません。ファイルのパスを指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file %1 cannot be read (you have no permission to read it).</source>
        <translation>データベースのファイル %1 を読み込めません(読み取りの権限がありません)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file %1 is empty: it holds no data (0 bytes, or not a single table).</source>
        <translation>データベースのファイル %1 は空です。データが何も入っていません(0 バイト、またはテーブルがひとつもありません)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file %1 cannot be read as a database: its beginning is damaged, or it is another kind of file.</source>
        <translation>データベースのファイル %1 はデータベースとして読めません。先頭部分が壊れているか、別の種類のファイルです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file %1 is damaged.</source>
        <translation>データベースのファイル %1 は破損しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The write log beside the database file %1 (its -wal file) cannot be read: the last changes saved in it may be lost.</source>
        <translation>データベースのファイル %1 の書き込みログ(-wal ファイル)が読めません。最後に保存した変更の一部が失われている可能性があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file %1 was changed outside Jimukyoku Desk since the app last closed it (its checksum differs): it may be damaged.</source>
        <translation>データベースのファイル %1 は、前回このアプリで閉じた後に、アプリの外で変更されています(チェックサムが一致しません)。破損している可能性があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Jimukyoku Desk database: it belongs to another program. It was left unchanged.</source>
        <translation>%1 は事務局デスクのデータベースではありません(別のアプリのファイルです)。ファイルには手を加えていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file %1 cannot be written: the file or its folder is read-only.</source>
        <translation>データベースのファイル %1 に書き込めません。ファイルまたはフォルダーが読み取り専用です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 is from an older version and must be updated before use, which cannot be done while it is opened read-only.</source>
        <translation>データベース %1 は古いバージョンの形式です。使う前に更新が必要ですが、読み取り専用で開いているため更新できません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database is open read-only: nothing can be changed or saved in this window.</source>
        <translation>このデータベースは読み取り専用で開いています。このウィンドウでは変更も保存もできません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The backup was not restored; nothing was changed.</source>
        <translation>バックアップは復元しませんでした。何も変更していません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message>
        <location filename="../../app/texts/event_labels.py" line="+59"/>
        <source>Title</source>
        <translation>行事名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>開催日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doors open</source>
        <translation>開場</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application deadline</source>
        <translation>申込締切</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>主催</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue address</source>
        <translation>会場所在地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>部屋名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications to</source>
        <translation>申込先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone for applications</source>
        <translation>申込先電話番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax for applications</source>
        <translation>申込先FAX番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail for applications</source>
        <translation>申込先メールアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees</source>
        <translation>参加費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timetable</source>
        <translation>スケジュール</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <location filename="../../app/texts/failures.py" line="+21"/>
        <source>The disk is full.</source>
        <translation>ディスクがいっぱいです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file cannot be written to (it is read-only, or on a drive that cannot be written to).</source>
        <translation>データベースファイルに書き込めません(読み取り専用か、書き込めないドライブにあります)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another program is keeping the database busy.</source>
        <translation>ほかのプログラムがデータベースを使用中です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the database server was lost.</source>
        <translation>データベースサーバーとの接続が切れました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drive could not be read or written (it may have been removed, or be failing).</source>
        <translation>ドライブの読み書きに失敗しました(取り外されたか、故障している可能性があります)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file is damaged.</source>
        <translation>データベースファイルが破損しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database refused to save it.</source>
        <translation>データベースが保存を受け付けませんでした。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make room on the disk (delete or move files you do not need).</source>
        <translation>不要なファイルを削除するか別の場所へ移して、ディスクの空きを作ってください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the database file and its folder can be written to (not read-only, not on a write-protected drive).</source>
        <translation>データベースファイルとそのフォルダーに書き込めるか(読み取り専用になっていないか、書き込み禁止のドライブでないか)確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait a moment; close any other program that has the database file open.</source>
        <translation>しばらく待ってください。データベースファイルを開いているほかのプログラムがあれば閉じてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the network and that the database server is running.</source>
        <translation>ネットワークと、データベースサーバーが動いているかを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the drive is connected. If this goes on, write down what you entered and restart the app.</source>
        <translation>ドライブがつながっているか確認してください。続くようなら、入力した内容を控えてからアプリを再起動してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write down what you entered and restart the app: it checks the file and offers to restore the newest good backup.</source>
        <translation>入力した内容を控えてから、アプリを再起動してください。起動時にファイルを検査し、最新の正常なバックアップからの復元を案内します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again. If it keeps failing, restart the app; the log has the details.</source>
        <translation>もう一度お試しください。続くようならアプリを再起動してください(詳しくはログに記録されています)。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file or its folder cannot be written to (read-only, or no permission).</source>
        <translation>ファイルまたはフォルダーに書き込めません(読み取り専用か、書き込む権限がありません)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be written.</source>
        <translation>ファイルを書き込めませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose another folder, or ask for write permission.</source>
        <translation>別のフォルダーを選ぶか、書き込む権限を付けてもらってください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved: %1.
Cause: %2
What to do: %3

What you entered is still in the window: save again once the cause is fixed.</source>
        <translation>%1は保存されていません。
原因: %2
対処: %3

入力した内容はこの画面に残っています。原因を取り除いてから、もう一度保存してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 could not be done: nothing was changed.
Cause: %2
What to do: %3

Do it again once the cause is fixed.</source>
        <translation>%1を行えませんでした。何も変更されていません。
原因: %2
対処: %3

原因を取り除いてから、もう一度行ってください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A file of that name already exists; choose another name.</source>
        <translation>同じ名前のファイルが既にあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy could not be written.</source>
        <translation>コピーを書き込めませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy failed its check and was removed.</source>
        <translation>コピーが検査に合格しなかったため、削除しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup file is damaged; choose another backup.</source>
        <translation>バックアップファイルが破損しています。別のバックアップを選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The restored file failed its check; restore another backup, or restart the app.</source>
        <translation>復元したファイルが検査に合格しませんでした。別のバックアップから復元するか、アプリを再起動してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file chosen is not a backup this app can restore.</source>
        <translation>選んだファイルは、このアプリで復元できるバックアップではありません。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A PostgreSQL database is backed up and restored with the server&apos;s own tools (pg_dump, pg_restore).</source>
        <translation>PostgreSQL のデータベースは、サーバー側のツール(pg_dump、pg_restore)でバックアップ・復元してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Something unexpected went wrong. The details were written to the log.</source>
        <translation>予期しないエラーが発生しました。詳しい内容はログに記録しました。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file&apos;s contents changed outside the app since it was last closed (its checksum does not match).</source>
        <translation>前回閉じたあとに、このアプリの外でファイルの内容が変わっています(チェックサムが一致しません)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SQLite reports the file as damaged or not a database.</source>
        <translation>SQLite がこのファイルを破損している、またはデータベースではないと判定しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite&apos;s check found errors in the file&apos;s structure.</source>
        <translation>SQLite の検査で、ファイルの構造に誤りが見つかりました。</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../app/texts/files.py" line="+21"/>
        <source>The disk is full. Make space on it, or choose another place, and try again.</source>
        <translation>ディスクの空き容量がありません。空きを作るか別の場所を選んで、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The place is read-only, or you may not write there. Choose another place, or check the permissions, and try again.</source>
        <translation>保存先が読み取り専用か、書き込む権限がありません。別の場所を選ぶか権限を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A file of that name already exists; it was left as it is. Choose another name.</source>
        <translation>同じ名前のファイルがすでにあります(そのファイルは変更していません)。別の名前を指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder does not exist. Choose an existing folder.</source>
        <translation>保存先のフォルダーがありません。存在するフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk reported an error. Try again, or choose another place.</source>
        <translation>ディスクの読み書きでエラーが起きました。もう一度試すか、別の場所を選んでください。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 was not saved. %2</source>
        <translation>%1 は保存されていません。%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file was not saved. %1</source>
        <translation>ファイルは保存されていません。%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The backup was not made; your data is unchanged. %1</source>
        <translation>バックアップは作成されていません(データは変更されていません)。%1</translation>
    </message>
</context>
<context>
    <name>gaps</name>
    <message>
        <location filename="../../app/texts/gaps.py" line="+11"/>
        <source>The place is not set: the line is left out.</source>
        <translation>開催場所が未設定です。場所の行は省きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The starting time is not set: only the date is given.</source>
        <translation>開始時刻が未設定です。日付のみを記載します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attendance has not been taken: attendees and absentees are left out.</source>
        <translation>出欠が未記録です。出席者・欠席者は記載しません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agenda has no items yet.</source>
        <translation>議題がまだ登録されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter is dated on or after the day it is about.</source>
        <translation>文書の日付が開催日(実施日)当日以降になっています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody is listed as a visitor: there is no list to send.</source>
        <translation>訪問者が登録されていないため、別紙の名簿を作成できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No organization is set to address the letter to.</source>
        <translation>宛先の団体が設定されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody has a place at the event yet: the document would be empty.</source>
        <translation>参加が決まっている人がまだいないため、内容のない文書になります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody has paid a fee yet: there is no receipt to make.</source>
        <translation>参加費を受領した人がいないため、作成する領収書はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone, fax or e-mail is set for applications: the notice names the organiser only.</source>
        <translation>申込先の電話・FAX・メールが設定されていないため、案内には申込先として主催者名のみを記載します。</translation>
    </message>
</context>
<context>
    <name>interchange</name>
    <message>
        <location filename="../../app/services/council/area.py" line="+9"/>
        <source>Council</source>
        <translation>協議会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bodies</source>
        <translation>会議体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pillars</source>
        <translation>方針</translation>
    </message>
    <message>
        <location filename="../../app/services/members/area.py" line="-12"/>
        <source>Organizations</source>
        <translation>所属団体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>委員</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/area.py" line="-45"/>
        <location line="+8"/>
        <source>Meetings</source>
        <translation>会議</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Agenda items</source>
        <translation>議題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>出欠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests</source>
        <translation>委員以外の出席者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handouts</source>
        <translation>配布資料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute signers</source>
        <translation>議事録署名人</translation>
    </message>
    <message>
        <location filename="../../app/services/visits/area.py" line="-29"/>
        <location line="+9"/>
        <source>Visits</source>
        <translation>視察・訪問</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Visited organizations</source>
        <translation>訪問先・受入先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit participants</source>
        <translation>視察参加者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host attendees</source>
        <translation>先方出席者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Itinerary</source>
        <translation>行程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome figures</source>
        <translation>成果の数値</translation>
    </message>
    <message>
        <location filename="../../app/services/capture/area.py" line="+16"/>
        <source>Remarks</source>
        <translation>意見・発言</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/area.py" line="+1"/>
        <source>Action items</source>
        <translation>決定事項・宿題</translation>
    </message>
    <message>
        <location filename="../../app/services/correspondence/area.py" line="-16"/>
        <location line="+4"/>
        <source>Letters</source>
        <translation>文書</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location filename="../../app/services/activities/area.py" line="-7"/>
        <location line="+2"/>
        <source>Activities</source>
        <translation>実施事業</translation>
    </message>
    <message>
        <location filename="../../app/services/audit/area.py" line="+9"/>
        <source>Change history</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <location filename="../../app/services/council/area.py" line="+5"/>
        <source>Council, bodies and pillars</source>
        <translation>協議会・会議体・方針</translation>
    </message>
    <message>
        <location filename="../../app/services/members/area.py" line="+5"/>
        <source>Members and organizations</source>
        <translation>委員・所属団体</translation>
    </message>
    <message>
        <location filename="../../app/texts/interchange.py" line="+26"/>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>所見</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>成果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>決定事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>順序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response status</source>
        <translation>対応状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>対応内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Organization</source>
        <translation>所属団体</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Member</source>
        <translation>委員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Speaker</source>
        <translation>発言者</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Chair</source>
        <translation>議長</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last saved</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time recorded</source>
        <translation>記録時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading of the family name</source>
        <translation>姓のよみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading of the given name</source>
        <translation>名のよみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id (uuid)</source>
        <translation>記録ID(uuid)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>会議体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda item</source>
        <translation>議題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>行事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization reading</source>
        <translation>所属のよみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee category</source>
        <translation>参加費区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>参加状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception number</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waitlist number</source>
        <translation>キャンセル待ち番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied by</source>
        <translation>申込方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied</source>
        <translation>申込日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception party</source>
        <translation>懇親会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file cannot be read as a data package.</source>
        <translation>このファイルはデータパッケージとして読み込めません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is damaged: it is not valid JSON.</source>
        <translation>ファイルが壊れています（正しいJSONではありません）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not a Jimukyoku Desk data package.</source>
        <translation>このファイルは事務局デスクのデータパッケージではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package was written by a newer version of the app; update this app first.</source>
        <translation>このデータは新しい版のアプリで書き出されています。先にアプリを更新してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package contains a record that does not fit.</source>
        <translation>データに不正な記録が含まれています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package holds the data of another council.</source>
        <translation>このデータは別の協議会のものです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An attached file in the package is damaged.</source>
        <translation>データ内の添付ファイルが壊れています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package is larger or more deeply nested than a data package can be; it was not read (it may be damaged, or not a package from this app).</source>
        <translation>データパッケージとしては大きすぎるか、入れ子が深すぎるため、読み込みませんでした(ファイルが壊れているか、このアプリのデータパッケージではない可能性があります)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The records clash with records here (e.g. the same number used on both sides).</source>
        <translation>事務所の記録と重複しています（両方で同じ番号を使った場合など）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was changed.</source>
        <translation>何も変更していません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is missing: it is required</source>
        <translation>がありません(必須の項目です)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a field of this record</source>
        <translation>はこの記録にない項目です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty (null): a value is required</source>
        <translation>が空(null)です(値が必要です)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be true or false</source>
        <translation>は true か false で書いてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number</source>
        <translation>は整数で書いてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be text</source>
        <translation>は文字列で書いてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a UTC time ending in Z</source>
        <translation>は末尾に Z のついた協定世界時(UTC)で書いてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a valid value for this field</source>
        <translation>の値が正しくありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is longer than the field can hold</source>
        <translation>が長すぎます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a record id (uuid)</source>
        <translation>が記録ID(uuid)になっていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is used by two records</source>
        <translation>が2つの記録で使われています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a record (a JSON object)</source>
        <translation>記録(JSONのオブジェクト)になっていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a file name this app makes</source>
        <translation>はこのアプリが付けるファイル名ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a file size</source>
        <translation>はファイルの大きさとして正しくありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a SHA-256 checksum</source>
        <translation>は SHA-256 のチェックサムではありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In %1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In %1, the field “%2” %3.</source>
        <translation>%1 の「%2」%3。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No %1 (%2): set to the name as written for now. Enter the correct reading in the roster.</source>
        <translation>%1がありません(%2): 仮に氏名をそのまま入れました。委員名簿で正しいよみを入力してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filled in when the records were made (the package&apos;s date): %2</source>
        <translation>作成日時・更新日時を補いました(データの書き出し日時): %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filled in %1: %2</source>
        <translation>%1を補いました: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1「%2」: %3</source>
        <translation>%1「%2」：%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file holds personal information (the addresses, phone numbers and e-mail addresses of members and event participants): keep it safe, and delete it from the laptop once it is imported back.</source>
        <translation>このファイルには個人情報（委員と行事参加者の住所・電話番号・メールアドレス）が含まれます。取り扱いにご注意いただき、持ち帰って取り込んだ後はノートパソコンから削除してください。</translation>
    </message>
    <message>
        <location filename="../../app/services/events/exchange.py" line="+57"/>
        <source>Reception number %1 was given here meanwhile: now number %2</source>
        <translation>受付番号 %1 はこの間にこちらで使われたため、%2 番にしました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt no. %2 of fiscal %1 is already used here: not taken. Issue the receipt again at the office.</source>
        <translation>%1年度の領収書番号 %2 はこちらで使用済みのため、取り込んでいません。事務局で領収書を発行し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved up from the waitlist: tell them</source>
        <translation>キャンセル待ちから繰り上がりました。ご本人へ連絡してください</translation>
    </message>
    <message>
        <location filename="../../app/services/events/area.py" line="-70"/>
        <source>Events</source>
        <translation>行事</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event fees</source>
        <translation>行事の参加費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event timetables</source>
        <translation>行事のスケジュール</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event participants</source>
        <translation>行事の参加者</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events and participants</source>
        <translation>行事と参加者</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../app/texts/labels.py" line="+31"/>
        <source>Chair</source>
        <translation>委員長</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vice chair</source>
        <translation>副委員長</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>委員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advisor</source>
        <translation>顧問</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Observer</source>
        <translation>オブザーバー</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+26"/>
        <source>Secretariat</source>
        <translation>事務局</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+48"/>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <location filename="../../app/texts/event_labels.py" line="-43"/>
        <location filename="../../app/texts/labels.py" line="-47"/>
        <source>Held</source>
        <translation>開催済</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="+1"/>
        <source>Minutes in progress</source>
        <translation>議事録作成中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>承認済</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>欠席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy</source>
        <translation>代理出席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>遅刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left early</source>
        <translation>早退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opinion</source>
        <translation>意見</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>提案内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>報告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair&apos;s procedure</source>
        <translation>議事進行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impression</source>
        <translation>感想</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet handled</source>
        <translation>未対応</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In hand</source>
        <translation>対応中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled</source>
        <translation>対応済</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action needed</source>
        <translation>対応不要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliberation</source>
        <translation>協議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report item</source>
        <translation>報告</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+13"/>
        <location line="+13"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../app/texts/event_labels.py" line="+14"/>
        <location filename="../../app/texts/labels.py" line="-28"/>
        <source>Guest</source>
        <translation>来賓</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="+3"/>
        <source>Not started</source>
        <translation>未着手</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>自治体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business association</source>
        <translation>商工団体</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>University</source>
        <translation>大学</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support agency</source>
        <translation>支援機関</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary (points)</source>
        <translation>要点筆記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every remark in order</source>
        <translation>発言順</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brief (decisions only)</source>
        <translation>簡易(決定事項のみ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By role, then reading</source>
        <translation>役職順、同役職は五十音順</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As entered</source>
        <translation>入力順</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried out</source>
        <translation>実施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post</source>
        <translation>郵送</translation>
    </message>
    <message>
        <location filename="../../app/texts/event_labels.py" line="-24"/>
        <source>Seminar</source>
        <translation>セミナー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study group</source>
        <translation>勉強会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networking meeting</source>
        <translation>交流会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business matching</source>
        <translation>商談会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site tour</source>
        <translation>見学会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>研修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefing</source>
        <translation>説明会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being planned</source>
        <translation>企画中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking applications</source>
        <translation>募集中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications closed</source>
        <translation>締切</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported</source>
        <translation>報告済</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on the day</source>
        <translation>当日払い</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in advance</source>
        <translation>事前払い</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee not yet paid</source>
        <translation>未収</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee received</source>
        <translation>受領</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee waived</source>
        <translation>免除</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/texts/labels.py" line="+1"/>
        <source>Fax</source>
        <translation>FAX</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/texts/labels.py" line="+1"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web form</source>
        <translation>Webフォーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the day</source>
        <translation>当日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>講師</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff</source>
        <translation>スタッフ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer side</source>
        <translation>発注側</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier side</source>
        <translation>受注側</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attending</source>
        <translation>参加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the waitlist</source>
        <translation>キャンセル待ち</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="+1"/>
        <source>By hand</source>
        <translation>持参</translation>
    </message>
    <message>
        <location filename="../../app/texts/event_labels.py" line="-12"/>
        <location filename="../../app/texts/labels.py" line="+1"/>
        <source>Phone call</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="+2"/>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosting</source>
        <translation>受入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>収受</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent</source>
        <translation>発送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>未処理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied</source>
        <translation>回答済</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void</source>
        <translation>欠番</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../app/texts/problems.py" line="+28"/>
        <source>the name is missing</source>
        <translation>氏名がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reading (furigana) is missing: it is needed for the 50-sound order</source>
        <translation>ふりがながありません(五十音順の並べ替えに必要です)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the reading must be written in hiragana or katakana</source>
        <translation>ふりがなはひらがなかカタカナで入力してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a valid e-mail address</source>
        <translation>メールアドレスの形式が正しくありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a valid phone number</source>
        <translation>電話番号の形式が正しくありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a date (write e.g. 2024-04-01)</source>
        <translation>日付として読めません(例: 2024-04-01)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dates before 1873 cannot be used</source>
        <translation>1873年より前の日付は使えません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a whole number (write e.g. 7,000)</source>
        <translation>整数として読めません(例: 7,000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number is too large to record</source>
        <translation>数が大きすぎて記録できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too long to record: shorten it (a name or title holds a line, not a text)</source>
        <translation>長すぎて記録できません。短くしてください(氏名や件名の欄には長い文章は入りません)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the amount cannot be below 0</source>
        <translation>0以上の金額にしてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it ends before it starts</source>
        <translation>終了が開始より前になっています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the term ends before it starts</source>
        <translation>任期終了が任期開始より前です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown role (use chair, vice chair, member, advisor, observer or secretariat)</source>
        <translation>区分が不明です(委員長・副委員長・委員・顧問・オブザーバー・事務局のいずれか)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same name and organization appear earlier in the file</source>
        <translation>同じ氏名・所属の行がファイル内の前の行にあります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this member (same name and organization) is already in the roster</source>
        <translation>同じ氏名・所属の委員がすでに名簿にあります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an organization of this name is already registered</source>
        <translation>同じ名称の所属団体がすでに登録されています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document number belongs to its fiscal year: keep the date within that year</source>
        <translation>文書番号は年度ごとに付いています。日付は同じ年度のうちにしてください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only {date}, {council} and {meeting} can be filled in</source>
        <translation>使えるのは {date}、{council}、{meeting} だけです</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same fee category is given twice</source>
        <translation>同じ参加費区分が重複しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not one of the event&apos;s fee categories</source>
        <translation>この行事の参加費区分にありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a date and time (write e.g. 2025/10/01 9:30)</source>
        <translation>日時として読み取れません(例: 2025/10/01 9:30)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write yes or no (attending or not, a circle or a cross)</source>
        <translation>出席か欠席かを記入してください(例: 出席・欠席、○・×)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+62"/>
        <source>row %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>this kind of file cannot be imported: use a .csv or .xlsx roster</source>
        <translation>この種類のファイルは取り込めません。CSV(.csv)またはExcel(.xlsx)の名簿を使ってください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is neither UTF-8 nor Shift_JIS (CP932) text</source>
        <translation>ファイルの文字コードがUTF-8でもShift_JIS(CP932)でもありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file cannot be read as an Excel workbook (.xlsx)</source>
        <translation>Excelブック(.xlsx)として読み込めません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CSV cannot be split into cells (check the quotation marks)</source>
        <translation>CSVをセルに区切れません(引用符「&quot;」の対応を確認してください)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first row has no known column headers (e.g. 氏名, ふりがな, 所属)</source>
        <translation>1行目に見出し(氏名・ふりがな・所属など)がありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same column appears twice (%1): keep only one of them</source>
        <translation>同じ列が2回あります(%1)。どちらか一方だけにしてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a cell is longer than a roster cell can be (at most %1 characters)</source>
        <translation>名簿のセルとしては長すぎます(%1文字まで)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the row is longer than a roster row can be (at most %1 characters)</source>
        <translation>名簿の行としては長すぎます(%1文字まで)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file has more rows than a roster can (at most %1)</source>
        <translation>名簿としては行数が多すぎます(%1行まで)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is larger than a roster can be</source>
        <translation>名簿としてはファイルが大きすぎます</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>not a time (write e.g. 19:00)</source>
        <translation>時刻として読めません(例: 19:00)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>this must be filled in</source>
        <translation>入力してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose one</source>
        <translation>選んでください</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the number must be 1 or more</source>
        <translation>1以上の数にしてください</translation>
    </message>
</context>
<context>
    <name>roster_files</name>
    <message>
        <location line="+57"/>
        <source>The file does not exist (was it moved or renamed?).</source>
        <translation>ファイルがありません(移動したか、名前を変えていませんか)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You do not have permission to read the file.</source>
        <translation>このファイルを読む権限がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is a folder, not a file.</source>
        <translation>ファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be read (the drive may have been removed).</source>
        <translation>ファイルを読み込めませんでした(ドライブが取り外された可能性があります)。</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <location filename="../../app/services/capture/area.py" line="-5"/>
        <source>Remarks</source>
        <translation>発言</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/area.py" line="-18"/>
        <source>Agenda items and resolutions</source>
        <translation>議題・決定事項</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action items</source>
        <translation>宿題・対応事項</translation>
    </message>
    <message>
        <location filename="../../app/services/visits/area.py" line="-13"/>
        <source>Visits</source>
        <translation>視察・訪問</translation>
    </message>
    <message>
        <location filename="../../app/services/correspondence/area.py" line="-7"/>
        <source>Correspondence</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../app/services/members/area.py" line="-12"/>
        <source>Members</source>
        <translation>委員</translation>
    </message>
    <message>
        <location filename="../../app/ui/tablemodels/search_results_model.py" line="+27"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>会議・件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>発言者・相手</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2 found, newest %3 shown)</source>
        <translation>%1(%2件中、新しい%3件)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 found)</source>
        <translation>%1(%2件)</translation>
    </message>
    <message>
        <location filename="../../app/services/events/area.py" line="-26"/>
        <source>Events</source>
        <translation>行事</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event participants</source>
        <translation>行事の参加者</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../app/ui/dialogs/startup_messages.py" line="+97"/>
        <source>another program</source>
        <translation>別のプログラム</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>process %1 on %2, started %3</source>
        <translation>%2 のプロセス %1、%3 に起動</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No good backup was found.</source>
        <translation>正常なバックアップが見つかりません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Newest good backup: %1 (%2)</source>
        <translation>最新の正常なバックアップ: %1(%2)</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+7"/>
        <source>Database in use</source>
        <translation>データベース使用中</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Switch to the Open Window</source>
        <translation>開いているウィンドウに切り替える</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Read-Only</source>
        <translation>読み取り専用で開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the Backup</source>
        <translation>バックアップから復元する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use It Anyway</source>
        <translation>このまま使う</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a New Database</source>
        <translation>新しいデータベースを始める</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This database is already open in Jimukyoku Desk (%1).
Switch to that window, or open the database read-only here: you can look at everything, but change nothing.
Lock file: %2</source>
        <translation>このデータベースはすでに事務局デスクで開かれています(%1)。
そのウィンドウに切り替えるか、ここで読み取り専用として開いてください。読み取り専用ではすべて見られますが、変更はできません。
ロックファイル: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The window that has this database open did not answer: it may be a command still running, or the app on another computer. Wait until it is finished, or open the database read-only.</source>
        <translation>このデータベースを開いているウィンドウから応答がありません。実行中のコマンドか、別のパソコンのアプリが開いている可能性があります。終わるまで待つか、読み取り専用で開いてください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file was not opened, so nothing more can be lost.</source>
        <translation>ファイルは開いていないため、これ以上データが失われることはありません。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restore the newest good backup? The current file is kept beside it.</source>
        <translation>最新の正常なバックアップから復元しますか? 現在のファイルは同じ場所に残します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use the file as it is only if you know why it changed (for example, you copied it back yourself).</source>
        <translation>このまま使うのは、変更された理由がわかっている場合(ご自身でファイルをコピーし直した場合など)だけにしてください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start a new, empty database in this file?</source>
        <translation>このファイルで新しい空のデータベースを始めますか?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database damaged</source>
        <translation>データベースの破損</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No database</source>
        <translation>データベースがありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a new, empty database there?</source>
        <translation>この場所に新しい空のデータベースを作成しますか?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only database</source>
        <translation>読み取り専用のデータベース</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open it read-only? You can look at everything and make documents, but change nothing.</source>
        <translation>読み取り専用で開きますか? すべての記録を見たり文書を作ったりできますが、変更はできません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="+143"/>
        <source>The backup could not be restored</source>
        <translation>バックアップを復元できませんでした</translation>
    </message>
    <message>
        <location line="-26"/>
        <location filename="../../app/ui/dialogs/startup_messages.py" line="+10"/>
        <source>The database could not be opened</source>
        <translation>データベースを開けませんでした</translation>
    </message>
</context>
</TS>
