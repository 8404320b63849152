# macOS application bundle and disk image (DragNDrop). PREPARED, NOT BUILT OR TESTED: no Mac has run this yet.
#
# Build requirements on macOS: Qt 6.4 or later, OpenSSL 3, ldns and GMime 3 (Homebrew: `brew install qt openssl@3 ldns
# gmime librsvg`; rsvg-convert renders the icon, iconutil from the Xcode command line tools packs it). Then:
#   cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$(brew --prefix qt);$(brew --prefix openssl@3)"
#   cmake --build build && cd build && cpack -G DragNDrop
# The install step runs macdeployqt on the bundle, which also copies the Homebrew OpenSSL, ldns and GMime dylibs into it.
# The command line is the same binary: /Applications/MailReady.app/Contents/MacOS/mailready check ...

set(MAILREADY_MACOS_DIR ${CMAKE_CURRENT_LIST_DIR})

set_target_properties(mailready PROPERTIES
    MACOSX_BUNDLE TRUE
    MACOSX_BUNDLE_INFO_PLIST ${MAILREADY_MACOS_DIR}/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME MailReady
    MACOSX_BUNDLE_GUI_IDENTIFIER ${MAILREADY_APP_ID}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE mailready.icns
    MACOSX_BUNDLE_COPYRIGHT "MailReady developers")

# Icon: an .iconset rendered from the SVG (all the sizes iconutil wants, up to 1024), packed into mailready.icns.
find_program(MAILREADY_ICONUTIL iconutil)
if(MAILREADY_ICONUTIL AND MAILREADY_RSVG_CONVERT)
    set(iconset ${CMAKE_BINARY_DIR}/installers/macos/mailready.iconset)
    set(icns ${CMAKE_BINARY_DIR}/installers/macos/mailready.icns)
    set(render)
    foreach(size 16 32 128 256 512)
        math(EXPR double "${size} * 2")
        list(APPEND render
            COMMAND ${MAILREADY_RSVG_CONVERT} -w ${size} -h ${size} -o ${iconset}/icon_${size}x${size}.png
                    ${MAILREADY_ICON_SVG}
            COMMAND ${MAILREADY_RSVG_CONVERT} -w ${double} -h ${double} -o ${iconset}/icon_${size}x${size}@2x.png
                    ${MAILREADY_ICON_SVG})
    endforeach()
    add_custom_command(OUTPUT ${icns}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset}
        ${render}
        COMMAND ${MAILREADY_ICONUTIL} --convert icns --output ${icns} ${iconset}
        DEPENDS ${MAILREADY_ICON_SVG}
        COMMENT "Making the macOS icon"
        VERBATIM)
    target_sources(mailready PRIVATE ${icns})
    set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
else()
    message(WARNING "iconutil or rsvg-convert missing: the bundle gets no icon")
endif()

# Qt's frameworks and plugins, and the other dylibs (OpenSSL, ldns), copied into the bundle at install time.
get_target_property(qmake_location Qt6::qmake IMPORTED_LOCATION)
get_filename_component(qt_bin_dir "${qmake_location}" DIRECTORY)
find_program(MAILREADY_MACDEPLOYQT macdeployqt HINTS "${qt_bin_dir}")
if(MAILREADY_MACDEPLOYQT)
    install(CODE "
        execute_process(COMMAND \"${MAILREADY_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/mailready.app\"
                                -always-overwrite
                        RESULT_VARIABLE rc)
        if(rc)
            message(FATAL_ERROR \"macdeployqt failed (\${rc})\")
        endif()")
else()
    message(WARNING "macdeployqt not found next to qmake (${qt_bin_dir}): the bundle will lack Qt")
endif()

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME MailReady)
set(CPACK_DMG_FORMAT UDZO)
