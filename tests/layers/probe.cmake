# Builds one probe target of tests/layers and checks the outcome:
#   cmake -DBUILD_DIR=... -DTARGET=... -DHEADER=... -DEXPECT=fail|pass -P probe.cmake
# EXPECT=fail: the build must fail, and fail because HEADER cannot be found (not for some other reason).
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${TARGET}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(EXPECT STREQUAL "pass")
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${TARGET} should compile but did not:\n${out}")
    endif()
    message(STATUS "${TARGET}: compiles, as it should")
    return()
endif()
if(rc EQUAL 0)
    message(FATAL_ERROR "${TARGET} compiled: the include of ${HEADER} crosses the layers the wrong way and should fail")
endif()
string(FIND "${out}" "${HEADER}: No such file or directory" gcc_at)
string(FIND "${out}" "'${HEADER}' file not found" clang_at)
if(gcc_at EQUAL -1 AND clang_at EQUAL -1)
    message(FATAL_ERROR "${TARGET} failed, but not because ${HEADER} is out of reach:\n${out}")
endif()
message(STATUS "${TARGET}: ${HEADER} is out of reach, as it should be")
